using System.Globalization;
using System.Text;
using System.Xml;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Export;

/// <summary>
/// The newest matches of a search as an Atom 1.0 feed: per entry the title, a link to the document page, updated
/// (the published date), the snippet's plain text as summary and a urn id. All text goes through XmlWriter; characters
/// XML cannot hold (control characters) are dropped.
/// </summary>
internal static class SearchResultsAtom
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int EntryCount = 20;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="baseUri">The service's absolute base (scheme://host/), for the links.</param>
    /// <param name="selfUri">The feed's own address.</param>
    /// <param name="indexUpdated">Updated of entries without a published date, and of an empty feed.</param>
    public static byte[] Write(SearchResults results, string query, Uri baseUri, Uri selfUri, DateTimeOffset indexUpdated)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, Clean("PolicySearch: " + query));
            xml.WriteElementString("id", AtomNamespace, "urn:policysearch:search:" + Uri.EscapeDataString(Clean(query)));
            var feedUpdated = results.Hits.Select(hit => Updated(hit, indexUpdated)).DefaultIfEmpty(indexUpdated).Max();
            xml.WriteElementString("updated", AtomNamespace, Timestamp(feedUpdated));
            WriteLink(xml, "self", selfUri.AbsoluteUri);
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "PolicySearch");
            xml.WriteEndElement();
            foreach (var hit in results.Hits)
            {
                WriteEntry(xml, hit, baseUri, indexUpdated);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, SearchHit hit, Uri baseUri, DateTimeOffset indexUpdated)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, Clean(hit.Title));
        WriteLink(xml, "alternate", new Uri(baseUri, "documents/" + Uri.EscapeDataString(hit.Id)).AbsoluteUri);
        xml.WriteElementString("id", AtomNamespace, "urn:policysearch:document:" + Uri.EscapeDataString(hit.Id));
        xml.WriteElementString("updated", AtomNamespace, Timestamp(Updated(hit, indexUpdated)));
        if (hit.Issuer is { Length: > 0 } issuer)
        {
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, Clean(issuer));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(hit.Snippet.Text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string relation, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static DateTimeOffset Updated(SearchHit hit, DateTimeOffset indexUpdated) =>
        hit.PublishedDate is { } published ? new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : indexUpdated;

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text[i]).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }
}
