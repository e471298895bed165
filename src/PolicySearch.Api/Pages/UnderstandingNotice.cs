using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>
/// How the page says it read a question: the words searched (an everyday word with the term the documents use),
/// the words ignored, the formal term as a suggestion, and a link to search the words exactly as typed.
/// </summary>
internal static class UnderstandingNotice
{
    public static void Write(HtmlWriter html, QueryUnderstanding understanding, PageQuery query)
    {
        html.Open("div", ("class", "notice notice-understood"), ("role", "status"))
            .Open("p", ("class", "understood-words"));
        if (understanding.Searched.Count > 0)
        {
            html.Text("按 ");
            foreach (var word in understanding.Searched)
            {
                html.Element("b", word);
                if (understanding.Mapped.FirstOrDefault(entry => entry.Everyday == word) is { } mapped)
                {
                    html.Text($"（{mapped.Terms[0]}）");
                }

                html.Text(" ");
            }

            html.Text("检索");
        }

        if (understanding.Ignored.Count > 0)
        {
            html.Text($"{(understanding.Searched.Count > 0 ? "；" : string.Empty)}已忽略：{string.Join(' ', understanding.Ignored)}");
        }

        html.Close("p");
        if (understanding.Suggestion is { } suggestion)
        {
            html.Open("p", ("class", "understood-suggestion"))
                .Text("您是不是要找：")
                .Element("a", suggestion, ("href", query.WithQuery(suggestion)))
                .Close("p");
        }

        html.Open("p", ("class", "understood-literal"))
            .Element("a", $"仍按原文“{query.Query}”检索", ("href", query.Literal()))
            .Close("p")
            .Close("div");
    }
}
