namespace PolicySearch.Api.Admin;

/// <summary>The admin API, bound from "Admin". Without an ApiKey the /api/admin group is not mapped at all (404).</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public const int MinimumKeyLength = 16;

    /// <summary>The key clients send in X-Api-Key; at least 16 characters. Empty disables the admin API.</summary>
    public string? ApiKey { get; set; }

    public bool IsEnabled => !string.IsNullOrEmpty(ApiKey);

    public static string? Validate(AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsEnabled && (options.ApiKey!.Length < MinimumKeyLength || string.IsNullOrWhiteSpace(options.ApiKey))
            ? $"Admin:ApiKey must be at least {MinimumKeyLength} characters (or empty to disable the admin API)."
            : null;
    }
}
