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

    /// <summary>Word 97–2003 and WPS writer files (.doc, .wps): a compound file with a WordDocument stream.</summary>
    Doc,

    /// <summary>Excel 97–2003 and WPS spreadsheets (.xls, .et).</summary>
    Xls,
    Xlsx,
    Rtf,

    /// <summary>OFD (GB/T 33190), the national fixed-layout format.</summary>
    Ofd,
    Zip,
    Rar,

    /// <summary>A picture (.jpg, .png …), read by OCR.</summary>
    Image,
}
