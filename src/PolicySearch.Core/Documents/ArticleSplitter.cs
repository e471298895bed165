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
        foreach (Match line in LineStart().Matches(body))
        {
            var lineStart = line.Index;
            var textStart = line.Index + line.Length;
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

    private static string LineAt(string body, int start)
    {
        var end = body.IndexOf('\n', start);
        return Compact(body[start..(end < 0 ? body.Length : end)]);
    }

    private static string Compact(string text) => WhiteSpace().Replace(text, string.Empty);

    // The label patterns start with \G: matched at a line's start only, never scanning ahead (which made splitting quadratic).

    /// <summary>Where a line's text starts, after indentation and markdown heading marks.</summary>
    [GeneratedRegex(@"(?<=^|\n)[ \t\u3000#]*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LineStart();

    [GeneratedRegex(@"\G(?<label>第\s*[一二三四五六七八九十百千零〇两\d]+\s*(?:-\s*\d+\s*)?[条條])(?:之[一二三四五六七八九十]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLabel();

    [GeneratedRegex(@"\G第\s*[一二三四五六七八九十百千零〇两\d]+\s*(?<kind>[章节節编編])", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
