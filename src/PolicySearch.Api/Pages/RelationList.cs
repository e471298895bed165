using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;

namespace PolicySearch.Api.Pages;

/// <summary>The parts the relation sections of the document page share: a titled section, a list of linked documents, an empty note.</summary>
internal static class RelationList
{
    public static void Open(HtmlWriter html, string name, string heading)
    {
        html.Open("section", ("class", $"relations relations-{name}"), ("aria-labelledby", $"relations-{name}")).Line()
            .Element("h2", heading, ("id", $"relations-{name}")).Line();
    }

    public static void Empty(HtmlWriter html, string note)
    {
        html.Element("p", note, ("class", "relation-empty")).Line()
            .Close("section").Line();
    }

    /// <summary>Each item linked to its document page, followed by what <paramref name="describe"/> writes.</summary>
    public static void Write<T>(HtmlWriter html, IEnumerable<T> items, Action<HtmlWriter, T> describe)
        where T : notnull
    {
        html.Open("ul", ("class", "relation-list")).Line();
        foreach (var item in items)
        {
            html.Open("li");
            describe(html, item);
            html.Close("li").Line();
        }

        Close(html);
    }

    public static void Close(HtmlWriter html)
    {
        html.Close("ul").Line()
            .Close("section").Line();
    }

    /// <summary>A linked title, then its date and validity.</summary>
    public static void Describe(HtmlWriter html, DocumentReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        html.Element("a", reference.Title, ("href", PageLinks.Document(reference.Id)));
        Note(html, PageText.Date(reference.PublishedDate));
        ValidityLabel(html, reference.Validity);
    }

    public static void ValidityLabel(HtmlWriter html, Validity validity)
    {
        if (PageText.ValidityLabel(validity) is { } label)
        {
            html.Text(" ").Element("span", label, ("class", PageText.ValidityClass(validity)));
        }
    }

    public static void Note(HtmlWriter html, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Text(" ").Element("span", text, ("class", "relation-note"));
        }
    }
}
