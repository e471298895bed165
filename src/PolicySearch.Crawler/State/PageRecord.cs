namespace PolicySearch.Crawler.State;

/// <summary>The stored state of one fetched URL (pages, list pages and attachments alike).</summary>
public sealed record PageRecord
{
    public required string Key { get; init; }

    public required string FetchUrl { get; init; }

    /// <summary>0 list, 1 detail, 2 sitemap, 3 attachment.</summary>
    public int Kind { get; init; }

    public int Status { get; init; }

    public string? Outcome { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? ContentType { get; init; }

    /// <summary>SHA-256 of the last body fetched.</summary>
    public string? ContentHash { get; init; }

    /// <summary>SHA-256 of the body whose document the index holds (set at a commit checkpoint).</summary>
    public string? IndexedHash { get; init; }

    /// <summary>SHA-256 of the extracted document (title, text, metadata): the same document re-listed under another URL has the same.</summary>
    public string? DocumentHash { get; init; }

    public string? DocumentId { get; init; }

    public string? ParentKey { get; init; }

    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>Why the page or attachment was not indexed (an error kind of the crawl report: too_large, nesting_too_deep, attachment_bomb …), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The list page or sitemap that linked the page (category rules by list use it).</summary>
    public string? FoundOn { get; init; }

    /// <summary>The raw body, gzip-compressed.</summary>
    public byte[]? RawGzip { get; init; }
}
