using PolicySearch.Core.Documents;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The citation of a document, 《title》（文号）, in a selectable element; app.js adds a 复制引用 button that copies
/// it with the Clipboard API and confirms in a live region.
/// </summary>
internal static class CitationBlock
{
    public static string Text(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrWhiteSpace(document.DocumentNumber)
            ? $"《{document.Title}》"
            : $"《{document.Title}》（{document.DocumentNumber}）";
    }

    public static void Write(HtmlWriter html, PolicyDocument document)
    {
        html.Open("div", ("class", "citation"))
            .Element("span", "引用格式：", ("class", "citation-label"))
            .Element("span", Text(document), ("class", "citation-text"), ("id", "citation-text"))
            .Close("div").Line();
    }
}
