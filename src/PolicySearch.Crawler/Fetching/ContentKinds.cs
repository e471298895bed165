namespace PolicySearch.Crawler.Fetching;

/// <summary>Content-type routing.</summary>
public static class ContentKinds
{
    public static ContentKind Of(string? contentType, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        var fromType = mediaType switch
        {
            "text/html" or "application/xhtml+xml" => ContentKind.Html,
            "application/xml" or "text/xml" => ContentKind.Xml,
            "application/json" or "text/json" => ContentKind.Json,
            "text/plain" => ContentKind.Text,
            "application/pdf" => ContentKind.Pdf,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ContentKind.Docx,
            _ => ContentKind.Other,
        };
        return fromType != ContentKind.Other || (mediaType is not null && mediaType != "application/octet-stream")
            ? fromType
            : OfExtension(Path.GetExtension(url.AbsolutePath));
    }

    public static ContentKind OfExtension(string extension) => extension.ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".shtml" or ".xhtml" or ".jsp" or ".php" or ".aspx" or "" => ContentKind.Html,
        ".xml" => ContentKind.Xml,
        ".json" => ContentKind.Json,
        ".txt" => ContentKind.Text,
        ".pdf" => ContentKind.Pdf,
        ".docx" => ContentKind.Docx,
        _ => ContentKind.Other,
    };

    /// <summary>The Content-Type reported for a file: URL.</summary>
    public static string MediaTypeOf(string path) => OfExtension(Path.GetExtension(path)) switch
    {
        ContentKind.Html => "text/html",
        ContentKind.Xml => "application/xml",
        ContentKind.Json => "application/json",
        ContentKind.Text => "text/plain",
        ContentKind.Pdf => "application/pdf",
        ContentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
