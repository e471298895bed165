using AngleSharp.Dom;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Extraction;

/// <summary>Attachment links of a detail page: the site's selector, else links whose path ends in an attachment extension.</summary>
public static class AttachmentLinks
{
    public static IReadOnlyList<AttachmentLink> Find(IDocument document, Uri pageUrl, SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);
        var anchors = site.Selectors.Attachments is { } selector
            ? document.QuerySelectorAll(SelectorText.Split(selector).Css).SelectMany(e => e.LocalName == "a" ? new[] { e } : e.QuerySelectorAll("a[href]").ToArray())
            : document.QuerySelectorAll("a[href]");
        var links = new List<AttachmentLink>();
        var seen = new HashSet<Uri>();
        foreach (var anchor in anchors)
        {
            var href = anchor.GetAttribute("href");
            if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(pageUrl, href.Trim(), out var url) || url.Scheme is "javascript" or "mailto")
            {
                continue;
            }

            var extension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
            if (!site.AttachmentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || !seen.Add(url))
            {
                continue;
            }

            var name = HtmlText.Of(anchor).Replace('\n', ' ');
            links.Add(new AttachmentLink(name.Length > 0 ? name : Uri.UnescapeDataString(Path.GetFileName(url.AbsolutePath)), url, extension.TrimStart('.')));
        }

        return links;
    }
}
