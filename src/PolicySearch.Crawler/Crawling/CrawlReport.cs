namespace PolicySearch.Crawler.Crawling;

/// <summary>The end-of-crawl report.</summary>
public sealed record CrawlReport
{
    public required string Site { get; init; }

    public bool Resumed { get; init; }

    /// <summary>
    /// completed; max_pages; blocked (pages wait for a host that answered with an anti-bot challenge); host_paused
    /// (pages wait for a host paused after repeated failures); or cancelled. All but completed resume next time.
    /// </summary>
    public required string Stop { get; init; }

    /// <summary>Whether every known document page was revisited, whatever the recrawl interval (crawl --full).</summary>
    public bool RevisitedAll { get; init; }

    /// <summary>
    /// Requests for pages (list, document and sitemap pages) that got an answer or failed on the way, anti-bot answers
    /// included. Not counted: robots.txt, attachments, pages skipped as fresh, and pages left waiting for a paused host.
    /// </summary>
    public int PagesFetched { get; init; }

    /// <summary>Document pages indexed for the first time in this run (attachment documents not counted; see <see cref="AttachmentsExtracted"/>).</summary>
    public int NewDocuments { get; init; }

    /// <summary>Documents the crawl state called indexed but the index lacked or held in another version, indexed again from stored pages before the crawl.</summary>
    public int ReindexedDocuments { get; init; }

    /// <summary>Documents the index held that the crawl state knows were removed from the site (or are duplicates), deleted before the crawl.</summary>
    public int StaleDocumentsRemoved { get; init; }

    /// <summary>Pages waiting because a host blocked the crawler: never tried, or answered with the block; the next run fetches those never tried first.</summary>
    public int WaitingForBlock { get; init; }

    /// <summary>The hosts the crawler is backing off from, with the URL that was blocked and until when.</summary>
    public IReadOnlyList<State.HostBlock> Blocks { get; init; } = [];

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
