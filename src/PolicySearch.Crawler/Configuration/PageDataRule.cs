namespace PolicySearch.Crawler.Configuration;

/// <summary>
/// Reads a field from a detail page's script data (gkmlpt's window._CONFIG): a regular expression over the page's
/// inline scripts; the field takes <see cref="Value"/> when given, else the group named "value", else group 1.
/// </summary>
public sealed record PageDataRule
{
    public string Pattern { get; init; } = string.Empty;

    public string? Value { get; init; }
}
