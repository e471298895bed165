using Microsoft.Extensions.Logging;
using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// Checks the crawl state against the index a crawl writes, before the crawl starts, so the state never hides
/// documents from an index: a page the state calls indexed whose document the index lacks (a new or deleted index)
/// or holds in another version (a restored backup) is indexed again from its stored body, without fetching; a
/// document the index holds but the state knows was removed from the site (or is a duplicate) is deleted.
/// Documents indexed before versions were recorded (no Extra.pageHash), and pages marked as waiting for attachments
/// never fetched (<see cref="CrawlStateStore.AttachmentsPending"/>, set by reextract), are checked for presence only;
/// a marked page the index lacks is indexed again from its stored body and keeps its mark, so the crawl still reads it.
/// </summary>
internal sealed partial class IndexReconciler(SiteDefinition site, CrawlStateStore store, IDocumentSink writer, StoredPages stored, ILogger logger)
{
    public async Task<Reconciliation> RunAsync(CancellationToken cancellationToken)
    {
        var held = writer.DocumentVersions(site.Name, DocumentBuilder.PageHashKey);
        var records = store.IndexedRecords();
        var childrenByParent = records.Where(r => r.ParentKey is not null).ToLookup(r => r.ParentKey!, StringComparer.Ordinal);
        var reindexed = 0;
        var refetch = new List<PageRecord>();
        foreach (var record in records.Where(r => r.Kind == (int)PageKind.Detail && !IsHeld(r, held, childrenByParent[r.Key])))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = store.Get(record.Key);
            if (page?.RawGzip is null || page.IndexedHash is null
                || (IsAttachmentsPending(page) ? page.Error is not null : RawBodies.Hash(RawBodies.Decompress(page.RawGzip)) != page.IndexedHash))
            {
                // The stored body is not the one that was indexed (a later fetch failed extraction): fetch it again.
                store.ForgetIndexed(record.Key);
                refetch.Add(record);
                continue;
            }

            stored.Write(page);
            reindexed++;
        }

        var expected = records.Select(r => r.DocumentId!).ToHashSet(StringComparer.Ordinal);
        var known = store.KnownKeys().Select(key => DocumentIds.For(site.Name, key)).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var id in held.Keys.Where(id => known.Contains(id) && !expected.Contains(id)))
        {
            writer.Delete(id);
            removed++;
        }

        if (reindexed + removed > 0)
        {
            await writer.CommitAsync(cancellationToken);
        }

        if (reindexed + removed + refetch.Count > 0)
        {
            LogReconciled(logger, site.Name, held.Count, reindexed, removed, refetch.Count);
        }

        return new Reconciliation(reindexed, removed, refetch);
    }

    private static bool IsHeld(PageRecord page, IReadOnlyDictionary<string, string?> held, IEnumerable<PageRecord> children) =>
        held.TryGetValue(page.DocumentId!, out var version)
        && (version is null || version == page.IndexedHash || IsAttachmentsPending(page))
        && children.All(child => held.ContainsKey(child.DocumentId!));

    private static bool IsAttachmentsPending(PageRecord page) => page.IndexedHash == CrawlStateStore.AttachmentsPending;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl state of {Site} checked against an index holding {HeldCount} of its documents: {ReindexedCount} re-indexed from stored pages, {RemovedCount} removed, {RefetchCount} to fetch again")]
    private static partial void LogReconciled(ILogger logger, string site, int heldCount, int reindexedCount, int removedCount, int refetchCount);
}
