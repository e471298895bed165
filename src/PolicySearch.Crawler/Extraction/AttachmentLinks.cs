using AngleSharp.Dom;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Attachment links of a detail page: the site's selector, else links whose path ends in an attachment extension; and the
/// pictures inside the body (the site's body selector, else a known CMS container), which may be the notice itself.
/// Links are made absolute by <c>resolveLink</c> when given (the crawl's, which reads root-relative links of a file:
/// mirror from the mirror's root), else against the page's URL.
/// </summary>
public static class AttachmentLinks
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff" };

    /// <summary>Pictures declared smaller than this (width or height attribute, in pixels) are icons, not notices.</summary>
    private const int MinimumImageSide = 100;

    public static IReadOnlyList<AttachmentLink> Find(IDocument document, Uri pageUrl, SiteDefinition site, Func<Uri, string?, Uri?>? resolveLink = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);
        resolveLink ??= AgainstPage;
        var anchors = site.Selectors.Attachments is { } selector
            ? document.QuerySelectorAll(SelectorText.Split(selector).Css).SelectMany(e => e.LocalName == "a" ? new[] { e } : e.QuerySelectorAll("a[href]").ToArray())
            : document.QuerySelectorAll("a[href]");
        var links = new List<AttachmentLink>();
        var seen = new HashSet<Uri>();
        foreach (var anchor in anchors)
        {
            var href = anchor.GetAttribute("href");
            if (resolveLink(pageUrl, href) is not { } url || url.Scheme is "javascript" or "mailto")
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

        foreach (var image in BodyImages(document, site))
        {
            var source = image.GetAttribute("src");
            if (resolveLink(pageUrl, source) is not { } url || url.Scheme is not ("http" or "https" or "file") || IsIcon(image))
            {
                continue;
            }

            var extension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
            if (!ImageExtensions.Contains(extension) || !site.AttachmentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) || !seen.Add(url))
            {
                continue;
            }

            var name = (image.GetAttribute("alt") ?? image.GetAttribute("title") ?? string.Empty).Trim();
            links.Add(new AttachmentLink(name.Length > 0 ? name : Uri.UnescapeDataString(Path.GetFileName(url.AbsolutePath)), url, extension.TrimStart('.')));
        }

        return links;
    }

    private static Uri? AgainstPage(Uri pageUrl, string? href) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(pageUrl, href.Trim(), out var url) ? url : null;

    private static IEnumerable<IElement> BodyImages(IDocument document, SiteDefinition site)
    {
        var containers = site.Selectors.Body is { } body
            ? document.QuerySelectorAll(SelectorText.Split(body).Css).ToArray()
            : ContentHeuristics.BodyContainer(document) is { } container ? [container] : [];
        return containers.SelectMany(container => container.QuerySelectorAll("img[src]"));
    }

    private static bool IsIcon(IElement image) =>
        new[] { image.GetAttribute("width"), image.GetAttribute("height") }
            .Any(side => int.TryParse(side?.Replace("px", string.Empty, StringComparison.OrdinalIgnoreCase), System.Globalization.CultureInfo.InvariantCulture, out var pixels) && pixels < MinimumImageSide);
}
