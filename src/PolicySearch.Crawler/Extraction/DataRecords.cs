using AngleSharp.Dom;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Markup kept as data: the records of a Hanweb &lt;script type="text/xml"&gt;&lt;datastore&gt; and of data-proxy XML,
/// &lt;record&gt;&lt;![CDATA[&lt;li&gt;&lt;a href=…&gt;]]&gt;&lt;/record&gt;. Returned as HTML with the CDATA wrappers removed.
/// </summary>
public static class DataRecords
{
    /// <summary>The text of each XML data island of an HTML page, unwrapped.</summary>
    public static IReadOnlyList<string> Islands(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.QuerySelectorAll("script[type='text/xml' i], xml")
            .Select(island => Unwrap(island.TextContent))
            .Where(text => text.Contains("href", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    /// <summary>XML text with its CDATA sections opened, ready to be read as markup.</summary>
    public static string Unwrap(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return xml.Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("]]>", string.Empty, StringComparison.Ordinal);
    }
}
