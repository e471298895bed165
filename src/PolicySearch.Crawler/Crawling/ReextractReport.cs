namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// What a re-extraction did: documents written, attachments whose text was read from stored bodies, and attachments that
/// were listed but never fetched (their pages are marked so the next crawl fetches them).
/// </summary>
public sealed record ReextractReport(int Documents, int AttachmentsRead, int AttachmentsAwaitingFetch);
