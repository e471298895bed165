using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Attachments.Ocr;
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
        var ocr = StartOcr();
        var worker = new PageWorker(site, fetcher, new LinkClassifier(site, scope), scope, ocr);
        var run = new CrawlRun(site, options, store, fetcher, worker, writer, loggers.CreateLogger<CrawlRun>());
        var report = await run.RunAsync(maxPages ?? site.MaxPages, progress, cancellationToken);
        return report with { Ocr = ocr.Status, OcrAvailable = ocr.IsAvailable };
    }

    /// <summary>
    /// Runs extraction again over the stored raw pages (after a selector fix, or after an upgrade that reads more attachment
    /// formats) without fetching. Attachments listed on a page but never fetched (their format was not read when it was
    /// crawled) cannot be read offline: their pages are marked so that the next crawl fetches them.
    /// </summary>
    public async Task<ReextractReport> ReextractAsync(SiteDefinition site, IDocumentIndexWriter writer, string stateDirectory, CancellationToken cancellationToken)
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
        var ocr = StartOcr();
        var count = 0;
        var attachmentsRead = 0;
        var awaitingFetch = 0;
        foreach (var page in store.StoredDetailPages().Where(p => p.DocumentId is not null))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var url = new Uri(page.FetchUrl);
            using var document = parser.ParseDocument(CharsetDecoder.Decode(RawBodies.Decompress(page.RawGzip!), page.ContentType));
            var extracted = extractor.Extract(document, url);
            var children = store.Children(page.Key);
            var attachments = extracted.Attachments.Select(link => StoredAttachment(site, link, children, ocr)).ToList();
            changes.Write(page.DocumentId!, url, extracted, attachments, children);
            count++;
            attachmentsRead += attachments.Count(attachment => attachment.Extracted);
            var unfetched = extracted.Attachments.Count(link => IsUnfetched(link, children));
            if (unfetched > 0)
            {
                awaitingFetch += unfetched;
                store.MarkAttachmentsPending(page.Key);
            }
        }

        await writer.CommitAsync(cancellationToken);
        LogReextracted(_logger, site.Name, count, attachmentsRead, awaitingFetch);
        return new ReextractReport(count, attachmentsRead, awaitingFetch);
    }

    private TesseractOcr StartOcr()
    {
        var ocr = new TesseractOcr(options);
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

    private static bool IsUnfetched(AttachmentLink link, IReadOnlyList<PageRecord> children) =>
        AttachmentText.CanExtract(ContentKinds.OfExtension("." + link.Type)) && children.All(child => child.Key != UrlCanonicalizer.Key(link.Url));

    private static AttachmentInfo StoredAttachment(SiteDefinition site, AttachmentLink link, IReadOnlyList<PageRecord> children, TesseractOcr ocr)
    {
        var key = UrlCanonicalizer.Key(link.Url);
        var stored = children.FirstOrDefault(c => c.Key == key);
        var text = stored?.RawGzip is { } raw
            ? AttachmentText.Extract(ContentKinds.Of(stored.ContentType, link.Url) is var served && AttachmentText.CanExtract(served) ? served : ContentKinds.OfExtension("." + link.Type), RawBodies.Decompress(raw), ocr)
            : null;
        var info = new AttachmentInfo(link.Name, link.Url.AbsoluteUri, link.Type, Extracted: false, DocumentId: null);
        return string.IsNullOrWhiteSpace(text) ? info : info with { Extracted = true, DocumentId = DocumentIds.For(site.Name, key), Text = text };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-extracted {DocumentCount} stored pages of {Site}: {AttachmentCount} attachments read, {UnfetchedCount} never fetched and left for the next crawl")]
    private static partial void LogReextracted(ILogger logger, string site, int documentCount, int attachmentCount, int unfetchedCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR: {OcrStatus}")]
    private static partial void LogOcr(ILogger logger, string ocrStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR {OcrStatus}; images and scanned PDFs are listed but not read")]
    private static partial void LogOcrUnavailable(ILogger logger, string ocrStatus);
}
