namespace PolicySearch.Crawler.Fetching;

/// <summary>How a response is handled, from its Content-Type or, failing that, the URL's extension.</summary>
public enum ContentKind
{
    Other,
    Html,
    Xml,
    Json,
    Text,
    Pdf,
    Docx,
}
