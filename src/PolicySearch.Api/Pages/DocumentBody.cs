using PolicySearch.Core.Documents;

namespace PolicySearch.Api.Pages;

/// <summary>
/// A document's text as HTML: one paragraph per non-blank line; a line starting with '#' is a heading
/// (h2 for '#', h3 for '##' and deeper, since the title is the page's h1); a paragraph that starts an
/// article (第十二条) carries the label as its id, so results can link to it. Every line is encoded.
/// </summary>
internal static class DocumentBody
{
    public static void Write(HtmlWriter html, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rawLine in body.Split(['\r', '\n']))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                var heading = line[level..].Trim();
                if (heading.Length > 0)
                {
                    html.Element(level == 1 ? "h2" : "h3", heading).Line();
                }

                continue;
            }

            var article = ArticleSplitter.LabelAtStart(line);
            if (article is not null && anchors.Add(article))
            {
                html.Element("p", line, ("id", article)).Line();
            }
            else
            {
                html.Element("p", line).Line();
            }
        }
    }
}
