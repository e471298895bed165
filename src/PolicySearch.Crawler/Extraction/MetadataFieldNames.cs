namespace PolicySearch.Crawler.Extraction;

/// <summary>Metadata fields by the names site files use (title, indexNumber, publishedDate …).</summary>
public static class MetadataFieldNames
{
    public static IReadOnlyList<string> All { get; } =
        ["title", "indexNumber", "issuer", "topic", "writtenDate", "publishedDate", "effectiveDate", "documentNumber", "validity", "source"];

    public static MetadataField? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.Contains(name, StringComparer.Ordinal) && Enum.TryParse<MetadataField>(name, ignoreCase: true, out var field) ? field : null;
    }
}
