using PolicySearch.Core.Documents;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// For a body split into articles, the snippet comes from the article that matches the most query
/// terms, and the hit names it; otherwise from the best window of the whole body.
/// </summary>
internal static class ArticleSnippets
{
    public static (string Snippet, DocumentArticle? Article) Build(string body, IReadOnlyList<string> terms)
    {
        // The body is folded once, for choosing the article and for marking the snippet.
        var folded = SearchFolding.Fold(body);
        var articles = terms.Count == 0 ? [] : ArticleSplitter.Split(body);
        if (articles.Count > 0)
        {
            var (best, score) = articles.Select(article => (article, Score(folded, article, terms))).MaxBy(pair => pair.Item2);
            if (score > 0)
            {
                return (SnippetBuilder.Build(body[best.Start..best.End], folded[best.Start..best.End], terms), best);
            }
        }

        return (SnippetBuilder.Build(body, folded, terms), null);
    }

    /// <summary>Distinct terms found weigh most; more occurrences break ties.</summary>
    private static int Score(string folded, DocumentArticle article, IReadOnlyList<string> terms)
    {
        var text = folded.AsSpan(article.Start, article.End - article.Start);
        var score = 0;
        foreach (var term in terms)
        {
            var occurrences = text.Count(term.AsSpan());
            if (occurrences > 0)
            {
                score += 100 + Math.Min(occurrences, 20);
            }
        }

        return score;
    }
}
