namespace PolicySearch.Core.Metadata;

// Placeholder until the core-metadata branch lands.
public static class DocumentNumbers
{
    public static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static bool LooksLikeDocumentNumber(string text) => text.EndsWith('号');
}
