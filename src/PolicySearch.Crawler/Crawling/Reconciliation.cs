using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>What checking the crawl state against the index did before a crawl.</summary>
/// <param name="Reindexed">Pages whose documents the index lacked or held in another version, indexed again from stored bodies.</param>
/// <param name="Removed">Documents the index held that the state knows were removed from the site or are duplicates.</param>
/// <param name="Refetch">Pages whose stored body is not the one indexed, queued to be fetched again.</param>
internal sealed record Reconciliation(int Reindexed, int Removed, IReadOnlyList<PageRecord> Refetch);
