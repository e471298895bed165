using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;

namespace PolicySearch.Api.Pages;

/// <summary>
/// One document: its metadata table, a link to the original, the body as paragraphs and headings, then what it
/// cites, who cites it, its other versions and similar documents.
/// A citation line (复制引用) and the attachments, when the crawl recorded any, come with it.
/// </summary>
internal static class DocumentPage
{
    public static string Render(DocumentDetails details, SimilarDocuments similar, PageDisplay display) =>
        PageLayout.Render($"{details.Document.Title} - {PageText.SiteName}", display, html =>
    {
        var document = details.Document;
        html.Open("p", ("class", "back-link")).Element("a", "返回检索", ("href", PageLinks.Home)).Close("p")
            .Open("article", ("class", "document")).Line()
            .Element("h1", document.Title).Line();
        WriteMetadata(html, document);
        WriteOriginalLink(html, document.Url);
        CitationBlock.Write(html, document);
        html.Open("div", ("class", "document-body")).Line();
        DocumentBody.Write(html, document.Body);
        html.Close("div").Line();
        DocumentAttachments.Write(html, document.Extra);
        DocumentRelationsSection.Write(html, details);
        SimilarDocumentsSection.Write(html, similar);
        html.Close("article").Line();
    });

    private static void WriteMetadata(HtmlWriter html, PolicyDocument document)
    {
        var rows = new (string Label, string? Value)[]
        {
            ("索引号", document.IndexNumber),
            ("发布机构", document.Issuer),
            ("主题分类", document.Topic),
            ("成文日期", PageText.Date(document.WrittenDate)),
            ("发布日期", PageText.Date(document.PublishedDate)),
            ("施行日期", PageText.Date(document.EffectiveDate)),
            ("文号", document.DocumentNumber),
            ("有效性", PageText.ValidityLabel(document.Validity) ?? document.ValidityText),
            ("类别", document.Category),
            ("来源", document.Source),
        };
        html.Open("table", ("class", "metadata"))
            .Element("caption", "文件信息")
            .Open("tbody").Line();
        foreach (var (label, value) in rows)
        {
            html.Open("tr")
                .Element("th", label, ("scope", "row"))
                .Element("td", string.IsNullOrWhiteSpace(value) ? PageText.Missing : value)
                .Close("tr").Line();
        }

        html.Close("tbody").Close("table").Line();
    }

    /// <summary>Only http and https addresses become links; anything else (javascript:, data:) is shown as text.</summary>
    private static void WriteOriginalLink(HtmlWriter html, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        html.Open("p", ("class", "original-link"));
        if (Uri.TryCreate(url, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps))
        {
            html.Element("a", "查看原文", ("href", address.AbsoluteUri), ("rel", "noreferrer"));
        }
        else
        {
            html.Text("原文地址：").Text(url);
        }

        html.Close("p").Line();
    }
}
