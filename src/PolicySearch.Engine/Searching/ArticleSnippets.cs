using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// For a body split into articles, the snippet comes from the article that matches the most query
/// terms, and the hit names it; otherwise from the best window of the whole body.
/// </summary>
internal static class ArticleSnippets
{
    /// <summary>Enough of an article's start to hold its label (第一千二百六十条之一, with spaces).</summary>
    private const int LabelSearchLength = 40;

    /// <param name="articles">The body's articles (<see cref="ArticleSplitter"/>); only their offsets are used.</param>
    public static Snippet Build(string body, IReadOnlyList<DocumentArticle> articles, IReadOnlyList<string> terms)
    {
        // The body is folded once, for choosing the article and for marking the snippet.
        var folded = SearchFolding.Fold(body);
        if (articles.Count > 0 && terms.Count > 0)
        {
            var (best, score) = articles.Select(article => (article, Score(folded, article, terms))).MaxBy(pair => pair.Item2);
            if (score > 0)
            {
                var label = ArticleSplitter.LabelAtStart(body[best.Start..Math.Min(best.End, best.Start + LabelSearchLength)]);
                var text = body[best.Start..best.End];
                var foldedText = ReferenceEquals(folded, body) ? text : folded[best.Start..best.End];
                return SnippetBuilder.Build(text, foldedText, terms) with { Article = label ?? best.Label };
            }
        }

        return SnippetBuilder.Build(body, folded, terms);
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
