using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// The strings a snippet marks for a query: each clause as typed (folded), and the word groups of unquoted clauses;
/// for a query read as a question, the concepts of its free text and their formal terms instead.
/// </summary>
internal static class HighlightTerms
{
    public static IReadOnlyList<string> For(UserQuery query, SynonymSet synonyms, QueryInterpretation? interpretation = null)
    {
        var terms = new List<string>();
        if (interpretation is not null)
        {
            // A question's own wording (养狗需要办证吗) is in no document; its concepts and formal terms are.
            foreach (var concept in interpretation.Concepts.Where(concept => concept.IsCounted))
            {
                terms.Add(concept.Text);
                terms.AddRange(concept.FormalTerms);
                terms.AddRange(synonyms.Variants(concept.Text));
            }
        }

        foreach (var clause in query.TextClauses.Where(clause => interpretation is null || !UserQuery.IsFreeText(clause)))
        {
            terms.Add(SearchFolding.Fold(clause.Text));
            terms.AddRange(synonyms.Variants(clause.Text));
            if (!clause.IsPhrase)
            {
                var words = QueryAnalysis.WordGroups(clause.Text).Select(group => SearchFolding.Fold(group.Text)).ToList();
                var minimumLength = words.All(word => word.Length == 1) ? 1 : 2;
                terms.AddRange(words.Where(word => word.Length >= minimumLength));
            }
        }

        return terms.Distinct(StringComparer.Ordinal).OrderByDescending(term => term.Length).ToList();
    }
}
