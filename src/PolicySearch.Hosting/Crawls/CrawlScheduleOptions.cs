namespace PolicySearch.Hosting.Crawls;

/// <summary>Scheduled recrawls by <c>serve</c>, bound from "Crawler:Schedule". Each site is recrawled every recrawlInterval of its site file.</summary>
public sealed class CrawlScheduleOptions
{
    public const string SectionName = "Crawler:Schedule";

    public bool Enabled { get; set; }

    /// <summary>Site names to recrawl; empty means every site file in Crawler:ConfigDirectory.</summary>
    public IReadOnlyList<string> Sites { get; set; } = [];

    /// <summary>How often the schedule looks for a site that is due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Shortest recrawl interval honoured; sites with a shorter (or zero) one are not scheduled.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(10);

    public static string? Validate(CrawlScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CheckInterval <= TimeSpan.Zero || options.MinimumInterval < TimeSpan.Zero)
        {
            return "Crawler:Schedule:CheckInterval must be positive and MinimumInterval not negative.";
        }

        return options.Sites.FirstOrDefault(site => !SiteFiles.IsValidName(site)) is { } bad
            ? $"Crawler:Schedule:Sites: '{bad}' is not a site name (lower-case letters, digits, '-')."
            : null;
    }
}
