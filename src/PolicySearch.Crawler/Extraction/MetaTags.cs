using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicySearch.Crawler.Extraction;

/// <summary>The national government-site meta tags (ArticleTitle, PubDate, ContentSource …) and a few CMS ones.</summary>
public static partial class MetaTags
{
    private static readonly (string Name, MetadataField Field)[] Known =
    [
        ("ArticleTitle", MetadataField.Title),
        ("PubDate", MetadataField.PublishedDate),
        ("firstpublishedtime", MetadataField.PublishedDate),
        ("ContentSource", MetadataField.Issuer),
        ("ContentSource", MetadataField.Source),
        ("og:title", MetadataField.Title),
    ];

    public static IReadOnlyList<(MetadataField Field, string Value)> Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<(MetadataField, string)>();
        var metas = document.QuerySelectorAll("meta[content]")
            .Select(meta => (Name: meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? string.Empty, Content: meta.GetAttribute("content")!.Trim()))
            .Where(meta => meta.Content.Length > 0)
            .ToList();
        foreach (var (name, field) in Known)
        {
            foreach (var meta in metas.Where(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add((field, field == MetadataField.PublishedDate ? DatePrefix(meta.Content) : meta.Content));
            }
        }

        return found;
    }

    // firstpublishedtime is written 2007-08-20-23:59:59.
    private static string DatePrefix(string value)
    {
        var match = LeadingDate().Match(value);
        return match.Success ? match.Value : value;
    }

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}(?=-\d{1,2}:)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDate();
}
