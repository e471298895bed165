using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Crawls a site into an index writer, keeping its state in &lt;state directory&gt;/&lt;site&gt;.db; re-extracts from stored pages.</summary>
/// <param name="resolver">Resolves host names for the address guard; the system resolver when null (tests pass their own).</param>
public sealed partial class SiteCrawler(IHttpClientFactory clients, CrawlerOptions options, ILoggerFactory loggers, IHostResolver? resolver = null)
{
    private readonly ILogger _logger = loggers.CreateLogger<SiteCrawler>();

    public static string StatePath(string stateDirectory, string siteName) => Path.Combine(stateDirectory, siteName + ".db");

    /// <param name="maxPages">Overrides the site file's maxPages when given.</param>
    public async Task<CrawlReport> CrawlAsync(
        SiteDefinition site,
        IDocumentIndexWriter writer,
        string stateDirectory,
        int? maxPages,
        IProgress<CrawlProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var scope = new SiteScope(site);
        using var store = CrawlStateStore.Open(StatePath(stateDirectory, site.Name));
        using var fetcher = new SiteFetcher(clients.CreateClient(CrawlerHttp.ClientName), options, site, scope, loggers.CreateLogger<SiteFetcher>(), resolver);
        var worker = new PageWorker(site, fetcher, new LinkClassifier(site, scope), scope);
        var run = new CrawlRun(site, options, store, fetcher, worker, writer, loggers.CreateLogger<CrawlRun>());
        return await run.RunAsync(maxPages ?? site.MaxPages, progress, cancellationToken);
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
        var extractor = new PageExtractor(site);
        var changes = new DocumentChanges(site, writer);
        var parser = new HtmlParser();
        var count = 0;
        foreach (var page in store.StoredDetailPages().Where(p => p.DocumentId is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var url = new Uri(page.FetchUrl);
            using var document = parser.ParseDocument(CharsetDecoder.Decode(RawBodies.Decompress(page.RawGzip!), page.ContentType));
            var extracted = extractor.Extract(document, url, ListDataJson.Read(store.ListData(page.Key)));
            var children = store.Children(page.Key);
            var attachments = extracted.Attachments.Select(link => StoredAttachment(site, link, children)).ToList();
            changes.Write(page.DocumentId!, url, extracted, attachments, children);
            count++;
        }

        await writer.CommitAsync(cancellationToken);
        LogReextracted(_logger, site.Name, count);
        return count;
    }

    private static AttachmentInfo StoredAttachment(SiteDefinition site, AttachmentLink link, IReadOnlyList<PageRecord> children)
    {
        var key = UrlCanonicalizer.Key(link.Url);
        var stored = children.FirstOrDefault(c => c.Key == key);
        var text = stored?.RawGzip is { } raw
            ? Attachments.AttachmentText.Extract(ContentKinds.Of(stored.ContentType, link.Url), RawBodies.Decompress(raw))
            : null;
        var info = new AttachmentInfo(link.Name, link.Url.AbsoluteUri, link.Type, Extracted: false, DocumentId: null);
        return string.IsNullOrWhiteSpace(text) ? info : info with { Extracted = true, DocumentId = DocumentIds.For(site.Name, key), Text = text };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-extracted {DocumentCount} stored pages of {Site}")]
    private static partial void LogReextracted(ILogger logger, string site, int documentCount);
}
