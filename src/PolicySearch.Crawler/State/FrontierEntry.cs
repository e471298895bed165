using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Crawler.State;

/// <summary>A URL waiting to be fetched in the current run.</summary>
public sealed record FrontierEntry(string Key, Uri Url, PageKind Kind, int Depth);
