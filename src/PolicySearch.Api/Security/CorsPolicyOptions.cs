namespace PolicySearch.Api.Security;

/// <summary>Which other origins' scripts may call the API, bound from "Cors". None by default.</summary>
internal sealed class CorsPolicyOptions
{
    public const string SectionName = "Cors";

    /// <summary>Exact origins, e.g. https://portal.example.gov.cn; empty allows no cross-origin caller.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public static string? Validate(CorsPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var origin in options.AllowedOrigins)
        {
            var valid = Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.AbsolutePath == "/" && !origin.EndsWith('/');
            if (!valid)
            {
                return $"Cors:AllowedOrigins: '{origin}' is not an origin (scheme://host[:port], no path, no trailing slash).";
            }
        }

        return options.PreflightMaxAge < TimeSpan.Zero ? "Cors:PreflightMaxAge must not be negative." : null;
    }
}
