namespace PolicySearch.Api.Security;

/// <summary>Size limits of a request, bound from "RequestLimits". Kestrel enforces the transport limits; the app answers problem details.</summary>
internal sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Longest query string (as sent, percent-encoded, with the '?') before 414. A 1000-character Chinese query encodes to about 9000.</summary>
    public int MaxQueryStringLength { get; set; } = 16 * 1024;

    /// <summary>Largest request body before 413 (only the admin endpoints take a body).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Kestrel's limit on all request headers together.</summary>
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;

    public static string? Validate(RequestLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxQueryStringLength is < 256 or > 1024 * 1024)
        {
            return "RequestLimits:MaxQueryStringLength must be between 256 and 1048576.";
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 100 * 1024 * 1024)
        {
            return "RequestLimits:MaxRequestBodyBytes must be between 1024 and 104857600.";
        }

        return options.MaxRequestHeadersTotalBytes is < 4096 or > 1024 * 1024
            ? "RequestLimits:MaxRequestHeadersTotalBytes must be between 4096 and 1048576."
            : null;
    }
}
