using System.Xml;
using System.Xml.Linq;

namespace PolicySearch.Crawler.Fetching;

/// <summary>Reads a sitemap (urlset) or a sitemap index (sitemapindex).</summary>
public static class SitemapParser
{
    public sealed record Sitemap(IReadOnlyList<string> Pages, IReadOnlyList<string> ChildSitemaps);

    public static Sitemap Parse(string xml)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml.TrimStart('\uFEFF')), settings);
            var root = XDocument.Load(reader).Root;
            if (root is null)
            {
                return new Sitemap([], []);
            }

            var locations = root.Elements().Select(e => e.Elements().FirstOrDefault(c => c.Name.LocalName == "loc")?.Value.Trim())
                .Where(loc => !string.IsNullOrEmpty(loc)).Cast<string>().ToList();
            return root.Name.LocalName == "sitemapindex" ? new Sitemap([], locations) : new Sitemap(locations, []);
        }
        catch (XmlException)
        {
            return new Sitemap([], []);
        }
    }
}
