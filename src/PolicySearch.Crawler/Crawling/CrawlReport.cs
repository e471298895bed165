namespace PolicySearch.Crawler.Crawling;

/// <summary>The end-of-crawl report.</summary>
public sealed record CrawlReport
{
    public required string Site { get; init; }

    public bool Resumed { get; init; }

    /// <summary>completed, max_pages, or cancelled.</summary>
    public required string Stop { get; init; }

    public int PagesFetched { get; init; }

    public int NewDocuments { get; init; }

    public int ChangedDocuments { get; init; }

    public int UnchangedDocuments { get; init; }

    public int RemovedDocuments { get; init; }

    /// <summary>Pages whose content another URL already gave.</summary>
    public int DuplicateDocuments { get; init; }

    public int AttachmentsExtracted { get; init; }

    /// <summary>Attachments listed but not extracted, by type (doc, wps, ofd, xls …).</summary>
    public IReadOnlyDictionary<string, int> AttachmentsNotExtracted { get; init; } = new Dictionary<string, int>();

    /// <summary>What reads images and scanned PDFs ("tesseract 5.3.0 (chi_sim+eng); …"), or why nothing does.</summary>
    public string? Ocr { get; init; }

    public bool OcrAvailable { get; init; }

    public IReadOnlyDictionary<string, int> ErrorsByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>The pages and attachments not indexed, with their reason codes (the first 100; <see cref="ErrorsByKind"/> counts them all).</summary>
    public IReadOnlyList<CrawlFailure> Failures { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? PagesFetched / Elapsed.TotalSeconds : 0;

    public bool Cancelled => Stop == "cancelled";
}
