namespace PolicySearch.Crawler.Configuration;

/// <summary>One site file (crawler-config/NAME.json): where to start, what to follow and how to read the pages.</summary>
public sealed record SiteDefinition
{
    /// <summary>Lower-case letters, digits and '-'; names the state database and the document ids.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Start URLs: http(s) addresses, or file: paths of an offline mirror (relative ones from the working directory).</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Hosts whose links are followed; empty means the seeds' hosts.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Hosts allowed to resolve to private, loopback or link-local addresses (tests, intranet mirrors).</summary>
    public IReadOnlyList<string> AllowPrivateHosts { get; init; } = [];

    public ListRules List { get; init; } = new();

    public DetailRules Detail { get; init; } = new();

    public FieldSelectors Selectors { get; init; } = new();

    /// <summary>
    /// Fields read from the page's inline scripts, by field name (validity, documentNumber …): the first matching rule
    /// wins, ahead of the labelled block.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PageDataRule>> PageData { get; init; } = new Dictionary<string, IReadOnlyList<PageDataRule>>();

    /// <summary>Category of the site's documents that no rule of <see cref="Categories"/> gives one (e.g. 政策文件); null leaves it empty.</summary>
    public string? Category { get; init; }

    /// <summary>Category rules by document URL, by the list that linked the document, or from a page label; the first that gives a value wins.</summary>
    public IReadOnlyList<CategoryRule> Categories { get; init; } = [];

    /// <summary>Pause between two requests to one host; robots.txt Crawl-delay raises it.</summary>
    public int DelayMs { get; init; } = 1000;

    /// <summary>Requests in flight to one host at once.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>Links followed from a seed (list paging does not count).</summary>
    public int MaxDepth { get; init; } = 5;

    /// <summary>Fetches per run (the command's --max-pages wins).</summary>
    public int MaxPages { get; init; } = 1000;

    public string? UserAgent { get; init; }

    /// <summary>Detail pages fetched more recently than this are not fetched again by a new run.</summary>
    public TimeSpan RecrawlInterval { get; init; } = TimeSpan.FromDays(1);

    public bool ObeyRobots { get; init; } = true;

    public bool UseSitemaps { get; init; } = true;

    /// <summary>Sitemaps read besides those robots.txt names (or /sitemap.xml): relative to the first seed's root, or absolute.</summary>
    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    /// <summary>
    /// File extensions treated as attachments when linked from a detail page; the picture extensions among them also take
    /// the pictures inside the body (read by OCR).
    /// </summary>
    public IReadOnlyList<string> AttachmentExtensions { get; init; } =
        [".pdf", ".docx", ".doc", ".wps", ".ofd", ".xls", ".xlsx", ".et", ".rtf", ".zip", ".rar", ".txt", ".jpg", ".jpeg", ".png"];
}
