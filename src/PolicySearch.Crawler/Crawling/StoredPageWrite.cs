namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// What writing one stored page again did to its attachments: how many were read from stored bodies, and how many of a
/// readable format were listed but never fetched (they cannot be read offline).
/// </summary>
internal sealed record StoredPageWrite(int AttachmentsRead, int AttachmentsUnfetched);
