using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// One run over a site: workers fetch and read pages in parallel; this dispatcher alone touches the state store and
/// the index writer, and commits both at checkpoints (index first, then state), so a killed run resumes from the last one.
/// Before fetching, the state is checked against the index (<see cref="IndexReconciler"/>). A host that answers with an
/// anti-bot challenge is backed off from (across runs, until the pause ends): its URLs wait in the frontier, the
/// blocked URL after every URL never tried, and the run stays open so the next one resumes with them.
/// </summary>
internal sealed partial class CrawlRun(
    SiteDefinition site,
    CrawlerOptions options,
    CrawlStateStore store,
    SiteFetcher fetcher,
    PageWorker worker,
    IDocumentSink writer,
    ILogger logger)
{
    private readonly CrawlCounters _counters = new();
    private readonly List<PageRecord> _pendingRecords = [];
    private readonly List<string> _pendingFinished = [];
    private readonly List<string> _pendingBlocked = [];
    private readonly HashSet<string> _blockedThisRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pendingHashes = new(StringComparer.Ordinal);
    private readonly Queue<FrontierEntry> _queue = new();
    private readonly Queue<FrontierEntry> _retryQueue = new();
    private readonly List<FrontierEntry> _waiting = [];
    private readonly DocumentChanges _changes = new(site, writer);

    public async Task<CrawlReport> RunAsync(CrawlRequest request, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var maxPages = request.MaxPages ?? site.MaxPages;
        var (runId, resumed) = store.BeginRun();
        fetcher.Restore(store.HostBlocks());
        await ReconcileAsync(cancellationToken);
        if (!resumed)
        {
            await SeedAsync(cancellationToken);
        }
        else if (request.RevisitAll)
        {
            QueueIndexedPages();
        }

        foreach (var entry in store.Pending())
        {
            (entry.Blocked ? _retryQueue : _queue).Enqueue(entry);
        }

        LogRunStarted(logger, site.Name, resumed, _queue.Count + _retryQueue.Count, store.Path);
        var checkFreshness = !resumed && !request.RevisitAll;
        var inFlight = new List<Task<PageWork>>();
        var stop = "completed";
        try
        {
            while (true)
            {
                while (inFlight.Count < site.Concurrency && _counters.PagesFetched + inFlight.Count < maxPages && TryNext(retryAllowed: inFlight.Count == 0, out var entry))
                {
                    inFlight.Add(worker.RunAsync(entry, store.Get(entry.Key), ListDataJson.Read(store.ListData(entry.Key)), checkFreshness, cancellationToken));
                }

                if (inFlight.Count == 0)
                {
                    stop = _queue.Count + _retryQueue.Count > 0 ? "max_pages"
                        : _waiting.Count == 0 ? "completed"
                        : _waiting.Any(entry => fetcher.BlockOf(entry.Url) is not null) ? "blocked" : "host_paused";
                    break;
                }

                var done = await Task.WhenAny(inFlight);
                inFlight.Remove(done);
                Handle(await done);
                progress?.Report(new CrawlProgress(_counters.PagesFetched, _queue.Count + _retryQueue.Count + inFlight.Count, _counters.New + _counters.Changed, _counters.ErrorCount, _counters.PagesPerSecond, maxPages));
                if (_pendingFinished.Count >= options.CommitEveryPages)
                {
                    await CheckpointAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stop = "cancelled";
            await DrainAsync(inFlight);
        }

        await CheckpointAsync(CancellationToken.None);
        var waitingForBlock = _waiting.Count(entry => fetcher.BlockOf(entry.Url) is not null) + _blockedThisRun.Count;
        var report = _counters.Report(site.Name, resumed, stop, request.RevisitAll, waitingForBlock, fetcher.Blocks.Where(block => fetcher.Gate.IsPaused(block.Host, out _)).ToList());
        if (stop == "completed")
        {
            store.FinishRun(runId, JsonSerializer.Serialize(report));
        }

        LogRunFinished(logger, site.Name, stop, report.PagesFetched, report.NewDocuments, report.ChangedDocuments, report.UnchangedDocuments, report.RemovedDocuments, report.PagesPerSecond);
        return report;
    }

    /// <summary>
    /// The next entry to fetch: URLs never tried before URLs a block held back, which are retried one at a time and only
    /// when nothing is in flight (a list page in flight may still add URLs never tried); entries of a paused host are set aside.
    /// </summary>
    private bool TryNext(bool retryAllowed, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FrontierEntry? entry)
    {
        while (_queue.TryDequeue(out entry) || (retryAllowed && _retryQueue.TryDequeue(out entry)))
        {
            if (!fetcher.IsPaused(entry.Url))
            {
                return true;
            }

            _waiting.Add(entry);
        }

        return false;
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var reconciler = new IndexReconciler(site, store, writer, new StoredPages(site, store, _changes, worker.Ocr), logger);
        var result = await reconciler.RunAsync(cancellationToken);
        _counters.Reindexed = result.Reindexed;
        _counters.StaleRemoved = result.Removed;
        foreach (var page in result.Refetch)
        {
            store.Requeue(page.Key, new Uri(page.FetchUrl), PageKind.Detail, page.FoundOn);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        // A seed that is a document page is indexed as one; every other seed is a list page.
        foreach (var seed in site.Seeds.Select(s => new Uri(s)))
        {
            var kind = worker.Classifier.Classify(seed) == PageKind.Detail ? PageKind.Detail : PageKind.List;
            store.Enqueue(UrlCanonicalizer.Key(seed), seed, kind, 0);
        }

        foreach (var start in worker.DataLists.StartPages())
        {
            store.Enqueue(UrlCanonicalizer.Key(start), start, PageKind.List, 0);
        }

        QueueIndexedPages();

        if (!site.UseSitemaps)
        {
            return;
        }

        // A host being backed off from is not asked for robots.txt either; its seeds wait like every other URL of it.
        foreach (var root in site.Seeds.Select(s => new Uri(s)).Select(fetcher.Scope.RootOf).Distinct().Where(root => !fetcher.IsPaused(root)))
        {
            var robots = await fetcher.RobotsAsync(root, cancellationToken);
            var sitemaps = robots.Sitemaps.Count > 0 ? robots.Sitemaps.Select(s => new Uri(root, s)) : [new Uri(root, "sitemap.xml")];
            foreach (var sitemap in sitemaps)
            {
                store.Enqueue(UrlCanonicalizer.Key(sitemap), sitemap, PageKind.Sitemap, 0);
            }
        }

        foreach (var sitemap in site.Sitemaps.Select(fetcher.Scope.ResolveSiteUrl).OfType<Uri>())
        {
            store.Enqueue(UrlCanonicalizer.Key(sitemap), sitemap, PageKind.Sitemap, 0);
        }
    }

    /// <summary>Every indexed page is checked again, so pages that now answer 404/410 leave the index.</summary>
    private void QueueIndexedPages()
    {
        foreach (var page in store.IndexedDetailPages())
        {
            store.Enqueue(page.Key, new Uri(page.FetchUrl), PageKind.Detail, 1, page.FoundOn);
        }
    }

    private void Handle(PageWork work)
    {
        var entry = work.Entry;
        var fetch = work.Fetch;
        if (fetch is null)
        {
            _counters.Unchanged++;
            _pendingFinished.Add(entry.Key);
            LogPage(logger, entry.Url.AbsoluteUri, 0, 0, "fresh");
            return;
        }

        if (fetch.Outcome == FetchOutcome.HostPaused)
        {
            // Paused while it was queued: it waits in the frontier, not counted as an error.
            _waiting.Add(entry);
            LogPage(logger, entry.Url.AbsoluteUri, 0, 0, "waiting");
            return;
        }

        _counters.PagesFetched++;
        var outcome = Outcome(work, fetch);
        if (fetch.Outcome == FetchOutcome.AntiBot)
        {
            // Not retried in this run; the next run tries it again after every URL never tried.
            _pendingBlocked.Add(entry.Key);
            _blockedThisRun.Add(entry.Key);
        }
        else
        {
            _pendingFinished.Add(entry.Key);
        }

        LogPage(logger, entry.Url.AbsoluteUri, fetch.StatusCode, (long)fetch.Elapsed.TotalMilliseconds, outcome);
    }

    private string Outcome(PageWork work, FetchResult fetch)
    {
        var entry = work.Entry;
        var previous = work.Previous;
        var record = new PageRecord
        {
            Key = entry.Key, FetchUrl = entry.Url.AbsoluteUri, Kind = (int)entry.Kind, Status = fetch.StatusCode,
            Outcome = fetch.Outcome.ToString(), ETag = fetch.ETag ?? previous?.ETag, LastModified = fetch.LastModified ?? previous?.LastModified,
            ContentType = work.ContentType ?? previous?.ContentType, ContentHash = work.ContentHash ?? previous?.ContentHash,
            IndexedHash = previous?.IndexedHash, DocumentHash = previous?.DocumentHash, DocumentId = previous?.DocumentId, FetchedAt = DateTimeOffset.UtcNow,
            FoundOn = entry.FoundOn ?? previous?.FoundOn,
            RawGzip = fetch.Outcome == FetchOutcome.Ok && work.Body is not null ? RawBodies.Compress(work.Body) : previous?.RawGzip,
        };
        if (fetch.Outcome == FetchOutcome.Gone && previous?.DocumentId is { } gone)
        {
            _changes.Remove(gone, store.Children(entry.Key));
            _counters.Removed++;
            _pendingRecords.Add(record with { DocumentId = null, IndexedHash = null, RawGzip = null });
            return "removed";
        }

        if (!fetch.IsSuccess)
        {
            _counters.Error(ErrorKinds.Of(fetch.Outcome), entry.Url.AbsoluteUri);
            _pendingRecords.Add(record with { Error = ErrorKinds.Of(fetch.Outcome) });
            return ErrorKinds.Of(fetch.Outcome);
        }

        foreach (var (key, fields) in work.ListData)
        {
            store.SaveListData(key, ListDataJson.Write(fields));
        }

        foreach (var (url, kind, paging) in work.Links)
        {
            var depth = paging || kind == PageKind.Sitemap ? entry.Depth : entry.Depth + 1;
            if (depth <= site.MaxDepth && store.Enqueue(UrlCanonicalizer.Key(url), url, kind, depth, entry.Url.AbsoluteUri))
            {
                _queue.Enqueue(new FrontierEntry(UrlCanonicalizer.Key(url), url, kind, depth) { FoundOn = entry.Url.AbsoluteUri });
            }
        }

        if (work.Problem is { } problem)
        {
            _counters.Error(problem, entry.Url.AbsoluteUri);
            _pendingRecords.Add(record with { Error = problem });
            return problem;
        }

        if (entry.Kind != PageKind.Detail)
        {
            _pendingRecords.Add(record);
            return entry.Kind == PageKind.List ? "list" : "sitemap";
        }

        return Detail(work, record);
    }

    private string Detail(PageWork work, PageRecord record)
    {
        if (work.Page is null)
        {
            _counters.Unchanged++;
            _pendingRecords.Add(record);
            return "unchanged";
        }

        var hash = work.ContentHash!;
        var documentHash = DocumentHash.Of(work.Page);
        var twin = store.DocumentWithContent(documentHash, record.Key) ?? _pendingHashes.GetValueOrDefault(documentHash);
        if (twin is not null && twin != record.DocumentId)
        {
            _counters.Duplicates++;
            _pendingRecords.Add(record with { DocumentId = null, IndexedHash = hash, DocumentHash = documentHash });
            return "duplicate";
        }

        var id = DocumentIds.For(site.Name, record.Key);
        _changes.Write(id, work.Fetch?.FinalUrl ?? work.Entry.Url, work.Page, work.Attachments, store.Children(record.Key), new PageOrigin(hash, record.FoundOn));
        foreach (var attachment in work.Attachments)
        {
            if (attachment.Extracted)
            {
                _counters.AttachmentsExtracted++;
            }
            else
            {
                _counters.NotExtracted(attachment.Type);
            }
        }

        foreach (var failed in work.AttachmentRecords.Where(attachment => attachment.Error is not null))
        {
            _counters.Error(failed.Error!, failed.FetchUrl);
            LogAttachmentRefused(logger, failed.FetchUrl, work.Entry.Url.AbsoluteUri, failed.Error!);
        }

        _pendingHashes[documentHash] = id;
        _pendingRecords.AddRange(work.AttachmentRecords);
        _pendingRecords.Add(record with { DocumentId = id, IndexedHash = hash, DocumentHash = documentHash });
        var isNew = record.IndexedHash is null;
        _counters.New += isNew ? 1 : 0;
        _counters.Changed += isNew ? 0 : 1;
        return isNew ? "new" : "changed";
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_pendingFinished.Count == 0 && _pendingRecords.Count == 0 && _pendingBlocked.Count == 0)
        {
            return;
        }

        await writer.CommitAsync(cancellationToken);
        store.Checkpoint(_pendingRecords, _pendingFinished, _pendingBlocked);
        store.SaveHostBlocks(fetcher.Blocks);
        LogCheckpoint(logger, site.Name, _pendingFinished.Count, _pendingRecords.Count);
        _pendingRecords.Clear();
        _pendingFinished.Clear();
        _pendingBlocked.Clear();
        _pendingHashes.Clear();
    }

    private static async Task DrainAsync(List<Task<PageWork>> inFlight)
    {
        try
        {
            await Task.WhenAll(inFlight);
        }
        catch (OperationCanceledException)
        {
            // Unfinished pages stay in the frontier and are fetched when the crawl resumes.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {Site} started (resumed: {Resumed}), {QueuedCount} URLs queued, state in {StatePath}")]
    private static partial void LogRunStarted(ILogger logger, string site, bool resumed, int queuedCount, string statePath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Page {Url} HTTP {StatusCode} in {ElapsedMs} ms: {Outcome}")]
    private static partial void LogPage(ILogger logger, string url, int statusCode, long elapsedMs, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment {Url} of {PageUrl} not read: {Reason}")]
    private static partial void LogAttachmentRefused(ILogger logger, string url, string pageUrl, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checkpoint of {Site}: index committed, {FinishedCount} URLs finished, {RecordCount} records stored")]
    private static partial void LogCheckpoint(ILogger logger, string site, int finishedCount, int recordCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {Site} ended ({Stop}): {PageCount} pages, {NewCount} new, {ChangedCount} changed, {UnchangedCount} unchanged, {RemovedCount} removed, {PagesPerSecond:F1} pages/s")]
    private static partial void LogRunFinished(ILogger logger, string site, string stop, int pageCount, int newCount, int changedCount, int unchangedCount, int removedCount, double pagesPerSecond);
}
