using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>A crawler with test timings (short timeouts, 10 ms retry delays, zero politeness delay) and a temp state folder.</summary>
internal sealed class CrawlerHarness : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly TemporaryDirectory _state = new();
    private readonly IHostResolver? _resolver;

    public CrawlerHarness(CrawlerOptions? options = null, IHostResolver? resolver = null)
    {
        _resolver = resolver;
        Options = options ?? FastOptions();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(Options);
        services.AddCrawlerHttpClient();
        _provider = services.BuildServiceProvider();
        Crawler = new SiteCrawler(_provider.GetRequiredService<IHttpClientFactory>(), Options, NullLoggerFactory.Instance, resolver);
    }

    public CrawlerOptions Options { get; }

    /// <summary>A crawler sharing this harness's state folder whose clock reads <paramref name="later"/> ahead.</summary>
    public SiteCrawler CrawlerLater(TimeSpan later) =>
        new(_provider.GetRequiredService<IHttpClientFactory>(), Options, NullLoggerFactory.Instance, _resolver, new ShiftedTime(later));

    public SiteCrawler Crawler { get; }

    public string StateDirectory => _state.Path;

    /// <summary>Test timings, and OCR off so that sample-site crawls stay quick and alike on every machine.</summary>
    public static CrawlerOptions FastOptions() => new()
    {
        OcrCommand = string.Empty,
        RequestTimeout = TimeSpan.FromSeconds(2),
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetries = 2,
        CommitEveryPages = 5,
        MaxResponseBytes = 256 * 1024,
    };

    /// <summary>Test timings with OCR as installed (Tesseract on PATH), for the tests of pictures and scans.</summary>
    public static CrawlerOptions FastOptionsWithOcr()
    {
        var options = FastOptions();
        options.OcrCommand = new CrawlerOptions().OcrCommand;
        return options;
    }

    /// <summary>Documents of the sample site: 20 zhengce, 10 xxgk, 6 gbk, 18 Hanweb, 12 gkmlpt (attachments not counted).</summary>
    public const int SampleDocuments = 66;

    /// <summary>Pages a crawl of the sample site fetches (robots.txt not counted; the two read attachments are).</summary>
    public const int SamplePages = 84;

    /// <summary>
    /// Attachments of the sample site that are read without OCR and indexed as documents of their own: PDF, DOCX, DOC, WPS,
    /// XLS, XLSX, ET, RTF, two TXT, OFD, ZIP and RAR.
    /// </summary>
    public const int SampleAttachments = 13;

    /// <summary>Attachments of the sample site that only OCR reads: a picture in a body, a picture link and a scanned PDF.</summary>
    public const int SampleOcrAttachments = 3;

    /// <summary>The sample site's Hanweb article re-listed in a second column.</summary>
    public const int SampleDuplicates = 1;

    /// <summary>The sample site's rules (those of crawler-config/sample-site.json), served over HTTP by a fixture server.</summary>
    public static SiteDefinition SampleSite(Uri baseUri, string name = "sample")
    {
        var plain = PlainSite(baseUri, name);
        return plain with
        {
            List = plain.List with
            {
                JsonApis =
                [
                    new JsonApiRules
                    {
                        Url = "/gkmlpt/api/all/0?page={page}&sid=755", Items = "articles", ItemUrl = "url", Total = "total",
                        Fields = new Dictionary<string, string> { ["title"] = "title", ["documentNumber"] = "document_number", ["indexNumber"] = "identifier", ["issuer"] = "publisher" },
                    },
                ],
            },
            PageData = new Dictionary<string, IReadOnlyList<PageDataRule>>
            {
                ["validity"] =
                [
                    new PageDataRule { Pattern = @"""is_abolished""\s*:\s*(1|true)", Value = "已废止" },
                    new PageDataRule { Pattern = @"""is_expired""\s*:\s*(1|true)", Value = "已失效" },
                    new PageDataRule { Pattern = @"""is_abolished""\s*:\s*(0|false)", Value = "有效" },
                ],
            },
        };
    }

    /// <summary>Link rules of the sample site without its JSON API: the base of the sites other tests serve.</summary>
    public static SiteDefinition PlainSite(Uri baseUri, string name = "sample") => new()
    {
        Name = name,
        Seeds = [new Uri(baseUri, "index.html").AbsoluteUri],
        AllowPrivateHosts = ["127.0.0.1"],
        List = new ListRules { UrlPatterns = [@"/index(_\d+)?\.s?html$", @"/xxgk_list(_\d+)?\.shtml$", @"/col/col\d+/index\.html$"] },
        Detail = new DetailRules { UrlPatterns = [@"/content_\d+\.htm$", @"/t\d{8}_\d+\.shtml$", @"/art_\d+_\d+\.html$", @"/doc-[a-z0-9-]+\.html$", @"/gkmlpt/content/\d+/\d+/post_\d+\.html$"] },
        Selectors = new FieldSelectors { Body = "#UCAP-CONTENT, #zoomcon, .TRS_Editor, #zoom, .article-content" },
        DelayMs = 0,
        Concurrency = 4,
        RecrawlInterval = TimeSpan.Zero,
    };

    public Task<CrawlReport> CrawlAsync(SiteDefinition site, RecordingIndexWriter writer, int? maxPages = null, IProgress<CrawlProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Crawler.CrawlAsync(site, writer, StateDirectory, new CrawlRequest { MaxPages = maxPages }, progress, cancellationToken);

    public void Dispose()
    {
        _provider.Dispose();
        _state.Dispose();
    }
}
