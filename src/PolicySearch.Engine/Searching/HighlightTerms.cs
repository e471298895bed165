using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Searching;

/// <summary>The strings a snippet marks for a query: each clause as typed (folded), and the word groups of unquoted clauses.</summary>
internal static class HighlightTerms
{
    public static IReadOnlyList<string> For(UserQuery query, SynonymSet synonyms)
    {
        var terms = new List<string>();
        foreach (var clause in query.TextClauses)
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
