namespace PolicySearch.Api.Security;

/// <summary>Requests per client address, bound from "RateLimit": a fixed window of <see cref="PermitLimit"/> requests.</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client address may make per window.</summary>
    public int PermitLimit { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests past the limit held until the next window instead of refused at once.</summary>
    public int QueueLimit { get; set; }

    public static string? Validate(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PermitLimit < 1 || options.QueueLimit < 0)
        {
            return "RateLimit:PermitLimit must be at least 1 and RateLimit:QueueLimit not negative.";
        }

        return options.Window <= TimeSpan.Zero || options.Window > TimeSpan.FromDays(1)
            ? "RateLimit:Window must be positive and at most one day."
            : null;
    }
}
