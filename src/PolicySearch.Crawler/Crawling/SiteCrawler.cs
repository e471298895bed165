using Microsoft.Extensions.Logging;
using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Attachments.Ocr;
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

    // Probing tesseract runs two child processes: once per crawler, not once per site of a `crawl --all`.
    private readonly Lazy<TesseractOcr> _ocr = new(() => new TesseractOcr(options));

    public static string StatePath(string stateDirectory, string siteName) => Path.Combine(stateDirectory, siteName + ".db");

    /// <summary>Crawls the site; first checks the crawl state against <paramref name="writer"/>'s index and re-indexes what it lacks from stored pages.</summary>
    public async Task<CrawlReport> CrawlAsync(
        SiteDefinition site,
        IDocumentSink writer,
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
        var ocr = StartOcr();
        var worker = new PageWorker(site, fetcher, new LinkClassifier(site, scope), scope, ocr);
        var run = new CrawlRun(site, options, store, fetcher, worker, writer, loggers.CreateLogger<CrawlRun>());
        var report = await run.RunAsync(request, progress, cancellationToken);
        return report with { Ocr = ocr.Status, OcrAvailable = ocr.IsAvailable };
    }

    /// <summary>
    /// Runs extraction again over the stored raw pages (after a selector fix, or after an upgrade that reads more attachment
    /// formats) without fetching. Attachments listed on a page but never fetched (their format was not read when it was
    /// crawled) cannot be read offline: their pages are marked so that the next crawl fetches them.
    /// </summary>
    public async Task<ReextractReport> ReextractAsync(SiteDefinition site, IDocumentSink writer, string stateDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(writer);
        var path = StatePath(stateDirectory, site.Name);
        if (!File.Exists(path))
        {
            throw new Core.Errors.PolicySearchException(CrawlerErrorCodes.SiteNotFound, $"No crawl state for site '{site.Name}' at {path}; crawl it first.") { Target = path };
        }

        using var store = CrawlStateStore.Open(path);
        var stored = new StoredPages(site, store, new DocumentChanges(site, writer), StartOcr());
        var count = 0;
        var attachmentsRead = 0;
        var awaitingFetch = 0;
        foreach (var page in store.StoredDetailPages().Where(p => p.DocumentId is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var written = stored.Write(page);
            count++;
            attachmentsRead += written.AttachmentsRead;
            if (written.AttachmentsUnfetched > 0)
            {
                awaitingFetch += written.AttachmentsUnfetched;
                store.MarkAttachmentsPending(page.Key);
            }
        }

        await writer.CommitAsync(cancellationToken);
        LogReextracted(_logger, site.Name, count, attachmentsRead, awaitingFetch);
        return new ReextractReport(count, attachmentsRead, awaitingFetch);
    }

    private TesseractOcr StartOcr()
    {
        var ocr = _ocr.Value;
        if (ocr.IsAvailable)
        {
            LogOcr(_logger, ocr.Status);
        }
        else
        {
            LogOcrUnavailable(_logger, ocr.Status);
        }

        return ocr;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-extracted {DocumentCount} stored pages of {Site}: {AttachmentCount} attachments read, {UnfetchedCount} never fetched and left for the next crawl")]
    private static partial void LogReextracted(ILogger logger, string site, int documentCount, int attachmentCount, int unfetchedCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR: {OcrStatus}")]
    private static partial void LogOcr(ILogger logger, string ocrStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR {OcrStatus}; images and scanned PDFs are listed but not read")]
    private static partial void LogOcrUnavailable(ILogger logger, string ocrStatus);
}
