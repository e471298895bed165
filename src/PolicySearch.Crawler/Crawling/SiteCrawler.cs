using Microsoft.Extensions.Logging;
using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Crawls a site into an index writer, keeping its state in &lt;state directory&gt;/&lt;site&gt;.db; re-extracts from stored pages.</summary>
/// <param name="resolver">Resolves host names for the address guard; the system resolver when null (tests pass their own).</param>
/// <param name="time">The clock of host pauses and blocks (kept across runs); the system clock when null.</param>
public sealed partial class SiteCrawler(IHttpClientFactory clients, CrawlerOptions options, ILoggerFactory loggers, IHostResolver? resolver = null, TimeProvider? time = null)
{
    private readonly ILogger _logger = loggers.CreateLogger<SiteCrawler>();

    public static string StatePath(string stateDirectory, string siteName) => Path.Combine(stateDirectory, siteName + ".db");

    /// <summary>Crawls the site; first checks the crawl state against <paramref name="writer"/>'s index and re-indexes what it lacks from stored pages.</summary>
    public async Task<CrawlReport> CrawlAsync(
        SiteDefinition site,
        IInspectableIndexWriter writer,
        string stateDirectory,
        CrawlRequest request,
        IProgress<CrawlProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(request);
        var scope = new SiteScope(site);
        using var store = CrawlStateStore.Open(StatePath(stateDirectory, site.Name));
        using var fetcher = new SiteFetcher(clients.CreateClient(CrawlerHttp.ClientName), options, site, scope, loggers.CreateLogger<SiteFetcher>(), resolver, time);
        var worker = new PageWorker(site, fetcher, new LinkClassifier(site, scope), scope);
        var run = new CrawlRun(site, options, store, fetcher, worker, writer, loggers.CreateLogger<CrawlRun>());
        return await run.RunAsync(request, progress, cancellationToken);
    }

    /// <summary>Runs extraction again over the stored raw pages (after a selector fix) without fetching; returns the documents written.</summary>
    public async Task<int> ReextractAsync(SiteDefinition site, IDocumentIndexWriter writer, string stateDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(writer);
        var path = StatePath(stateDirectory, site.Name);
        if (!File.Exists(path))
        {
            throw new Core.Errors.PolicySearchException(CrawlerErrorCodes.SiteNotFound, $"No crawl state for site '{site.Name}' at {path}; crawl it first.") { Target = path };
        }

        using var store = CrawlStateStore.Open(path);
        var stored = new StoredPages(site, store, new DocumentChanges(site, writer));
        var count = 0;
        foreach (var page in store.StoredDetailPages().Where(p => p.DocumentId is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            stored.Write(page);
            count++;
        }

        await writer.CommitAsync(cancellationToken);
        LogReextracted(_logger, site.Name, count);
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-extracted {DocumentCount} stored pages of {Site}")]
    private static partial void LogReextracted(ILogger logger, string site, int documentCount);
}
