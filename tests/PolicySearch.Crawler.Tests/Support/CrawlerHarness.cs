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
        services.AddCrawlerHttpClient(Options);
        _provider = services.BuildServiceProvider();
        Crawler = new SiteCrawler(_provider.GetRequiredService<IHttpClientFactory>(), Options, NullLoggerFactory.Instance, resolver);
    }

    public CrawlerOptions Options { get; }

    /// <summary>A crawler sharing this harness's state folder whose clock reads <paramref name="later"/> ahead.</summary>
    public SiteCrawler CrawlerLater(TimeSpan later) =>
        new(_provider.GetRequiredService<IHttpClientFactory>(), Options, NullLoggerFactory.Instance, _resolver, new ShiftedTime(later));

    public SiteCrawler Crawler { get; }

    public string StateDirectory => _state.Path;

    public static CrawlerOptions FastOptions() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(2),
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetries = 2,
        CommitEveryPages = 5,
        MaxResponseBytes = 256 * 1024,
    };

    /// <summary>The sample site's rules, served over HTTP by a fixture server.</summary>
    public static SiteDefinition SampleSite(Uri baseUri, string name = "sample") => new()
    {
        Name = name,
        Seeds = [new Uri(baseUri, "index.html").AbsoluteUri],
        AllowPrivateHosts = ["127.0.0.1"],
        List = new ListRules { UrlPatterns = [@"/index(_\d+)?\.s?html$", @"/xxgk_list(_\d+)?\.shtml$"] },
        Detail = new DetailRules { UrlPatterns = [@"/content_\d+\.htm$", @"/t\d{8}_\d+\.shtml$", @"/art_\d+_\d+\.html$", @"/doc-[a-z0-9-]+\.html$"] },
        Selectors = new FieldSelectors { Body = "#UCAP-CONTENT, #zoomcon, .TRS_Editor" },
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
