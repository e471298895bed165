namespace PolicySearch.Crawler.State;

/// <summary>A host the crawler backs off from until <paramref name="Until"/>, after an anti-bot answer to <paramref name="Url"/>.</summary>
public sealed record HostBlock(string Host, DateTimeOffset Until, string Url, string Reason);
