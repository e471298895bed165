namespace PolicySearch.Core.Metadata;

// Placeholder until the core-metadata branch lands.
public static class IndexNumbers
{
    public static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();

    public static bool LooksLikeIndexNumber(string text) => text.Contains('/');
}
