using AngleSharp.Dom;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Extraction;

/// <summary>Reads a field selector ("css" or "css@attribute") from a document.</summary>
public static class SelectorReader
{
    /// <summary>The first non-empty value on one line, or null.</summary>
    public static string? ReadField(IDocument document, string? selector)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (selector is null)
        {
            return null;
        }

        var (css, attribute) = SelectorText.Split(selector);
        return document.QuerySelectorAll(css)
            .Select(e => attribute is null ? HtmlText.Of(e).Replace('\n', ' ') : e.GetAttribute(attribute)?.Trim())
            .FirstOrDefault(value => !string.IsNullOrEmpty(value));
    }

    /// <summary>All matched elements' text with line breaks kept, or null when nothing matched.</summary>
    public static string? ReadBlock(IDocument document, string? selector)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (selector is null)
        {
            return null;
        }

        var text = string.Join('\n', document.QuerySelectorAll(SelectorText.Split(selector).Css).Select(e => HtmlText.Of(e)).Where(t => t.Length > 0));
        return text.Length > 0 ? text : null;
    }
}
