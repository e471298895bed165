namespace PolicySearch.Hosting.Crawls;

/// <summary>A site of the recrawl schedule: its interval and when it is due next (null: not scheduled, see Note).</summary>
public sealed record ScheduledSite(string Site, TimeSpan? RecrawlInterval, DateTimeOffset? NextDue, string? Note);
