namespace PolicySearch.Crawler.Configuration;

/// <summary>
/// One JSON list API: a URL template with a page counter, where the items are, which field is each item's URL,
/// optional metadata fields, and how many pages there are.
/// </summary>
public sealed record JsonApiRules
{
    /// <summary>The list URL with {page}: relative to the first seed's root, or absolute.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The counter of the first page (1, or 0 on some sites).</summary>
    public int FirstPage { get; init; } = 1;

    /// <summary>Dotted path of the item array ("articles", "data.list"); empty when the answer is the array.</summary>
    public string Items { get; init; } = string.Empty;

    /// <summary>Dotted path, inside an item, of its document URL.</summary>
    public string ItemUrl { get; init; } = "url";

    /// <summary>Metadata by field name (title, indexNumber, issuer, topic, writtenDate, publishedDate, effectiveDate, documentNumber, validity) → dotted path inside an item.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>Dotted path of the total number of items; pages = ceiling(total / perPage).</summary>
    public string? Total { get; init; }

    /// <summary>Dotted path of the number of pages.</summary>
    public string? PageCount { get; init; }

    /// <summary>Items per page, for <see cref="Total"/>; default the number of items on the page read.</summary>
    public int? PerPage { get; init; }

    /// <summary>Pages read at most; without Total or PageCount the next page is read until one has no items.</summary>
    public int MaxPages { get; init; } = 500;
}
