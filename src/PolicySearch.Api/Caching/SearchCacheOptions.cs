namespace PolicySearch.Api.Caching;

/// <summary>Output caching of searches, bound from "SearchCache".</summary>
internal sealed class SearchCacheOptions
{
    public const string SectionName = "SearchCache";

    public bool Enabled { get; set; } = true;

    /// <summary>Longest time an answer is kept, even when the index does not change.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(5);

    public int SizeLimitMB { get; set; } = 100;

    public static string? Validate(SearchCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Expiration <= TimeSpan.Zero)
        {
            return "SearchCache:Expiration must be positive.";
        }

        return options.SizeLimitMB is < 1 or > 4096 ? "SearchCache:SizeLimitMB must be between 1 and 4096." : null;
    }
}
