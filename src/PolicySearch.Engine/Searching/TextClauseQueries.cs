using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Scored queries for text clauses. An unquoted clause matches as a phrase of bigrams (title above
/// body, or the issuer) or as all of its words anywhere in title or body; a quoted clause only as the phrase.
/// </summary>
internal static class TextClauseQueries
{
    public static DisjunctionMaxQuery? For(QueryClause clause)
    {
        var titleOnly = clause.Field == QueryField.Title;
        var alternatives = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker);
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.TitleBigrams, clause.Text, RankingWeights.TitlePhrase));
        if (!titleOnly)
        {
            AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.BodyBigrams, clause.Text, RankingWeights.BodyPhrase));
            AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.IssuerBigrams, clause.Text, RankingWeights.IssuerPhrase));
        }

        if (!clause.IsPhrase)
        {
            AddIfAny(alternatives, AllWords(QueryAnalysis.WordGroups(clause.Text), titleOnly));
        }

        return alternatives.Disjuncts.Count == 0 ? null : alternatives;
    }

    /// <summary>Phrase in title or body: what an excluded clause must not match.</summary>
    public static DisjunctionMaxQuery? Phrase(string text)
    {
        var alternatives = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker);
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.TitleBigrams, text, RankingWeights.TitlePhrase));
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.BodyBigrams, text, RankingWeights.BodyPhrase));
        return alternatives.Disjuncts.Count == 0 ? null : alternatives;
    }

    /// <summary>
    /// Each word group anywhere in the title (or the body): a SmartCn word as a term, a run of
    /// characters SmartCn left single as a phrase of bigrams. All must match.
    /// </summary>
    private static BooleanQuery? AllWords(IReadOnlyList<WordGroup> groups, bool titleOnly)
    {
        var all = new BooleanQuery { Boost = RankingWeights.Words };
        foreach (var group in groups.DistinctBy(group => group.Text))
        {
            var anywhere = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker);
            if (group.Term is { } term)
            {
                anywhere.Add(new TermQuery(new Term(IndexFields.Title, term)) { Boost = RankingWeights.TitleWord });
                if (!titleOnly)
                {
                    anywhere.Add(new TermQuery(new Term(IndexFields.Body, term)) { Boost = RankingWeights.BodyWord });
                }
            }
            else
            {
                AddIfAny(anywhere, QueryAnalysis.Phrase(IndexFields.TitleBigrams, group.Text, RankingWeights.TitleWord));
                if (!titleOnly)
                {
                    AddIfAny(anywhere, QueryAnalysis.Phrase(IndexFields.BodyBigrams, group.Text, RankingWeights.BodyWord));
                }
            }

            if (anywhere.Disjuncts.Count > 0)
            {
                all.Add(anywhere, Occur.MUST);
            }
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    private static void AddIfAny(DisjunctionMaxQuery alternatives, Query? query)
    {
        if (query is not null)
        {
            alternatives.Add(query);
        }
    }
}
