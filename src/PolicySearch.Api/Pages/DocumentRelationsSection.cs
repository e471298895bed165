using PolicySearch.Core.Citations;
using PolicySearch.Core.Relations;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The 引用 / 被引用 / 其他版本 sections of the document page: references link to the indexed document they
/// resolve to (unresolved ones are plain text), citing documents and other versions link to their pages.
/// </summary>
internal static class DocumentRelationsSection
{
    public static void Write(HtmlWriter html, DocumentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        WriteCites(html, details.Cites);
        WriteCitedBy(html, details.CitedBy, details.CitedByTotal);
        WriteVersions(html, details.Versions);
    }

    private static void WriteCites(HtmlWriter html, IReadOnlyList<CitationLink> cites)
    {
        RelationList.Open(html, "cites", "引用");
        if (cites.Count == 0)
        {
            RelationList.Empty(html, "未发现对其他文件的引用。");
            return;
        }

        html.Open("ul", ("class", "relation-list")).Line();
        foreach (var link in cites)
        {
            html.Open("li");
            if (link.Id is null)
            {
                html.Text(link.Text);
                RelationList.Note(html, "（未收录）");
            }
            else
            {
                html.Element("a", link.Text, ("href", PageLinks.Document(link.Id)));
                if (link.Kind == CitationKind.DocumentNumber || !string.Equals(link.Text.Trim('《', '》'), link.Title, StringComparison.Ordinal))
                {
                    RelationList.Note(html, link.Title);
                }
            }

            html.Close("li").Line();
        }

        RelationList.Close(html);
    }

    private static void WriteCitedBy(HtmlWriter html, IReadOnlyList<DocumentReference> citedBy, int total)
    {
        RelationList.Open(html, "cited-by", "被引用");
        if (citedBy.Count == 0)
        {
            RelationList.Empty(html, "索引中没有引用本文件的文件。");
            return;
        }

        if (total > citedBy.Count)
        {
            html.Element("p", $"共 {PageText.Number(total)} 份文件引用本文件，列出最新的 {PageText.Number(citedBy.Count)} 份。", ("class", "relation-count")).Line();
        }

        RelationList.Write(html, citedBy, RelationList.Describe);
    }

    private static void WriteVersions(HtmlWriter html, IReadOnlyList<DocumentReference> versions)
    {
        RelationList.Open(html, "versions", "其他版本");
        if (versions.Count == 0)
        {
            RelationList.Empty(html, "索引中没有本文件的其他版本。");
            return;
        }

        RelationList.Write(html, versions, RelationList.Describe);
    }
}
