using System.Text.RegularExpressions;

namespace PolicySearch.Core.Documents;

/// <summary>
/// Splits the body of a law or regulation into its articles (第一条 …, 第 1 條 …): an article starts
/// at a line beginning with its label and runs to the next article, chapter or section heading.
/// Bodies with fewer than two articles are not split.
/// </summary>
public static partial class ArticleSplitter
{
    public static IReadOnlyList<DocumentArticle> Split(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var articles = new List<DocumentArticle>();
        string? chapter = null;
        (string Label, int Start)? open = null;
        for (var lineStart = 0; lineStart < body.Length; lineStart = NextLine(body, lineStart))
        {
            var textStart = TextStart(body, lineStart);

            // Both labels begin with 第: most lines are dismissed without running a pattern.
            if (textStart >= body.Length || body[textStart] != '第')
            {
                continue;
            }

            var heading = Heading().Match(body, textStart);
            if (heading.Success && heading.Index == textStart)
            {
                Close(articles, ref open, chapter, lineStart);
                if (heading.Groups["kind"].Value is "章" or "編" or "编")
                {
                    chapter = LineAt(body, textStart);
                }

                continue;
            }

            var article = ArticleLabel().Match(body, textStart);
            if (article.Success && article.Index == textStart)
            {
                Close(articles, ref open, chapter, lineStart);
                open = (Compact(article.Groups["label"].Value), textStart);
            }
        }

        Close(articles, ref open, chapter, body.Length);
        return articles.Count >= 2 ? articles : [];
    }

    /// <summary>The compact article label a line starts with (第十二条), or null.</summary>
    public static string? LabelAtStart(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = ArticleLabel().Match(line.TrimStart(' ', '\u3000', '#'));
        return match.Success && match.Index == 0 ? Compact(match.Groups["label"].Value) : null;
    }

    private static void Close(List<DocumentArticle> articles, ref (string Label, int Start)? open, string? chapter, int end)
    {
        if (open is { } article)
        {
            articles.Add(new DocumentArticle(article.Label, chapter, article.Start, end));
        }

        open = null;
    }

    private static int NextLine(string body, int lineStart)
    {
        var newline = body.IndexOf('\n', lineStart);
        return newline < 0 ? body.Length : newline + 1;
    }

    /// <summary>Where a line's text starts, after indentation and markdown heading marks.</summary>
    private static int TextStart(string body, int lineStart)
    {
        var at = lineStart;
        while (at < body.Length && body[at] is ' ' or '\t' or '\u3000' or '#')
        {
            at++;
        }

        return at;
    }

    private static string LineAt(string body, int start)
    {
        var end = body.IndexOf('\n', start);
        return Compact(body[start..(end < 0 ? body.Length : end)]);
    }

    private static string Compact(string text) => WhiteSpace().Replace(text, string.Empty);

    // The label patterns start with \G: matched at a line's start only, never scanning ahead (which made splitting quadratic).

    [GeneratedRegex(@"\G(?<label>第\s*[一二三四五六七八九十百千零〇两\d]+\s*(?:-\s*\d+\s*)?[条條])(?:之[一二三四五六七八九十]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLabel();

    [GeneratedRegex(@"\G第\s*[一二三四五六七八九十百千零〇两\d]+\s*(?<kind>[章节節编編])", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
