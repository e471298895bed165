namespace PolicySearch.Crawler;

/// <summary>Process-wide crawler settings, bound from the "Crawler" section. Site files hold the per-site rules.</summary>
public sealed class CrawlerOptions
{
    public const string SectionName = "Crawler";

    /// <summary>Folder of the per-site SQLite state databases; empty means "crawl-state" beside the index directory.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Folder searched for SITE.json when a command is given a site name instead of a path.</summary>
    public string ConfigDirectory { get; set; } = "crawler-config";

    /// <summary>Responses larger than this are cut off and reported as too large.</summary>
    public long MaxResponseBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Time for one attempt, body included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a 5xx, 408, 429, timeout or connection error.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially, with jitter. Retry-After wins when sent.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Consecutive failed fetches from one host before the host is paused.</summary>
    public int FailuresBeforePause { get; set; } = 5;

    /// <summary>How long a failing host is left alone.</summary>
    public TimeSpan HostPause { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a host that answered with an anti-bot challenge (412, challenge page) is left alone.</summary>
    public TimeSpan AntiBotPause { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Pages processed between index commits (and state checkpoints).</summary>
    public int CommitEveryPages { get; set; } = 50;

    /// <summary>User agent when the site file names none.</summary>
    public string UserAgent { get; set; } = "PolicySearchBot/1.0 (+https://github.com/policysearch)";

    /// <summary>The OCR program for images and scanned PDFs (Tesseract), by name on PATH or by path; empty turns OCR off.</summary>
    public string OcrCommand { get; set; } = "tesseract";

    /// <summary>Tesseract's languages, joined by '+'.</summary>
    public string OcrLanguages { get; set; } = "chi_sim+eng";

    /// <summary>The program that renders scanned PDF pages to images for OCR (poppler-utils).</summary>
    public string PdfRenderCommand { get; set; } = "pdftoppm";

    /// <summary>Pages of a scanned PDF read by OCR; later pages are left out.</summary>
    public int OcrMaxPages { get; set; } = 20;

    /// <summary>Time for one OCR or rendering run (one picture or page); past it the helper is killed and the attachment refused.</summary>
    public TimeSpan OcrTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Address space one OCR or rendering run may take.</summary>
    public int OcrMemoryMegabytes { get; set; } = 1024;

    /// <summary>Returns the first problem, or null when the options are usable.</summary>
    public static string? Validate(CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxResponseBytes < 1024)
        {
            return "Crawler:MaxResponseBytes must be at least 1024.";
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RetryBaseDelay < TimeSpan.Zero || options.HostPause < TimeSpan.Zero || options.AntiBotPause < TimeSpan.Zero)
        {
            return "Crawler:RequestTimeout must be positive and the delays and pauses not negative.";
        }

        if (options.MaxRetries is < 0 or > 10 || options.MaxRedirects is < 0 or > 20 || options.FailuresBeforePause < 1 || options.CommitEveryPages < 1)
        {
            return "Crawler:MaxRetries must be 0-10, MaxRedirects 0-20, FailuresBeforePause and CommitEveryPages at least 1.";
        }

        if (options.OcrMaxPages is < 1 or > 500 || options.OcrTimeout <= TimeSpan.Zero || options.OcrMemoryMegabytes < 64)
        {
            return "Crawler:OcrMaxPages must be 1-500, OcrTimeout positive and OcrMemoryMegabytes at least 64.";
        }

        return string.IsNullOrWhiteSpace(options.UserAgent) ? "Crawler:UserAgent must not be empty." : null;
    }

    /// <summary>The state folder: the configured one, or crawl-state beside the index directory.</summary>
    public string ResolveStateDirectory(string indexPath)
    {
        if (!string.IsNullOrWhiteSpace(StateDirectory))
        {
            return Path.GetFullPath(StateDirectory);
        }

        var index = Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(index) ?? index, "crawl-state");
    }
}
