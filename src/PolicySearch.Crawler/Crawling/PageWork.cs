using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>What a worker did with one frontier entry, handed to the single-threaded dispatcher.</summary>
internal sealed record PageWork
{
    public required FrontierEntry Entry { get; init; }

    public PageRecord? Previous { get; init; }

    /// <summary>Null when the page was not fetched because it is fresh (inside the recrawl interval).</summary>
    public FetchResult? Fetch { get; init; }

    /// <summary>The body processed: the new one, or the stored one after a 304.</summary>
    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public string? ContentHash { get; init; }

    public IReadOnlyList<(Uri Url, PageKind Kind, bool Paging)> Links { get; init; } = [];

    /// <summary>Metadata a JSON list gave for the pages it links, by URL key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<MetadataField, string>> ListData { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<MetadataField, string>>();

    /// <summary>Set for a detail page whose content differs from what the index holds.</summary>
    public ExtractedPage? Page { get; init; }

    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];

    /// <summary>Attachment fetches to store (with their compressed bodies).</summary>
    public IReadOnlyList<PageRecord> AttachmentRecords { get; init; } = [];

    public string? Problem { get; init; }
}
