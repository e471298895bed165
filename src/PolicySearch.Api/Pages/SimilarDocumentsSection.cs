using PolicySearch.Core.Relations;

namespace PolicySearch.Api.Pages;

/// <summary>The 相似文件 section of the document page: documents like this one, best first, linked to their pages.</summary>
internal static class SimilarDocumentsSection
{
    public static void Write(HtmlWriter html, SimilarDocuments similar)
    {
        ArgumentNullException.ThrowIfNull(similar);
        RelationList.Open(html, "similar", "相似文件");
        if (similar.Hits.Count == 0)
        {
            RelationList.Empty(html, "没有找到相似的文件。");
            return;
        }

        RelationList.Write(html, similar.Hits, Describe);
    }

    private static void Describe(HtmlWriter html, SimilarDocument hit)
    {
        html.Element("a", hit.Title, ("href", PageLinks.Document(hit.Id)));
        RelationList.Note(html, string.Join(" · ", new[] { hit.Issuer, PageText.Date(hit.PublishedDate) }.Where(part => !string.IsNullOrWhiteSpace(part))));
        RelationList.ValidityLabel(html, hit.Validity);
    }
}
