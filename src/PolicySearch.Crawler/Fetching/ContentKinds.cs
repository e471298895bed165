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
            "application/msword" or "application/kswps" or "application/wps-office.wps" or "application/vnd.ms-works" => ContentKind.Doc,
            "application/vnd.ms-excel" or "application/kset" or "application/wps-office.et" => ContentKind.Xls,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ContentKind.Xlsx,
            "application/rtf" or "text/rtf" => ContentKind.Rtf,
            "application/ofd" => ContentKind.Ofd,
            "application/zip" or "application/x-zip-compressed" => ContentKind.Zip,
            "application/vnd.rar" or "application/x-rar-compressed" or "application/x-rar" => ContentKind.Rar,
            "image/jpeg" or "image/png" or "image/gif" or "image/bmp" or "image/tiff" => ContentKind.Image,
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
        ".doc" or ".wps" => ContentKind.Doc,
        ".xls" or ".et" => ContentKind.Xls,
        ".xlsx" => ContentKind.Xlsx,
        ".rtf" => ContentKind.Rtf,
        ".ofd" => ContentKind.Ofd,
        ".zip" => ContentKind.Zip,
        ".rar" => ContentKind.Rar,
        ".jpg" or ".jpeg" or ".png" or ".gif" or ".bmp" or ".tif" or ".tiff" => ContentKind.Image,
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
        ContentKind.Doc => "application/msword",
        ContentKind.Xls => "application/vnd.ms-excel",
        ContentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ContentKind.Rtf => "application/rtf",
        ContentKind.Ofd => "application/ofd",
        ContentKind.Zip => "application/zip",
        ContentKind.Rar => "application/vnd.rar",
        ContentKind.Image => "image/" + (Path.GetExtension(path).TrimStart('.').ToLowerInvariant() switch { "jpg" => "jpeg", "tif" => "tiff", var other => other }),
        _ => "application/octet-stream",
    };
}
