using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>
/// The scored query of an understood question: each concept as typed or in its formal terms (the best of them
/// counts, the others a little), at least a minimum of the counted concepts, scaled by the share of them a document
/// has, and a bonus for each run of the question found word for word. Repealed and superseded documents, and
/// documents in Traditional script (Taiwan's laws, which govern no mainland question), rank lower.
/// </summary>
internal static class ConceptQueries
{
    private static readonly string Repealed = FacetValues.Of(Validity.Repealed);
    private static readonly string Superseded = FacetValues.Of(Validity.Amended);

    public static Query? Build(QueryInterpretation interpretation, SynonymSet synonyms, int minimumMatch)
    {
        // Single characters left over from a question (分 in 垃圾分类怎么分) are searched only when nothing else is:
        // optional, they cost a pass over most of the index's documents for little.
        var searched = interpretation.Counted.Any() ? interpretation.Counted : interpretation.Concepts;
        var counted = new CoordinatedBooleanQuery();
        foreach (var concept in searched)
        {
            if (For(concept, synonyms) is { } query)
            {
                counted.Add(query, Occur.SHOULD);
            }
        }

        if (counted.Clauses.Count == 0)
        {
            return null;
        }

        counted.MinimumNumberShouldMatch = Math.Clamp(minimumMatch, 1, counted.Clauses.Count);
        var understood = new BooleanQuery { { counted, Occur.MUST } };
        foreach (var phrase in interpretation.Phrases)
        {
            if (TextClauseQueries.Phrase(phrase) is { } asTyped)
            {
                understood.Add(asTyped, Occur.SHOULD);
            }
        }

        return Demotions.Demoted(Demotions.Demoted(
            Demotions.TraditionalScriptLower(understood),
            new TermQuery(new Term(IndexFields.Validity, Repealed)), RankingWeights.QuestionRepealed),
            new TermQuery(new Term(IndexFields.Validity, Superseded)), RankingWeights.QuestionSuperseded);
    }

    /// <summary>The concept as typed, with its synonyms, or in any of its formal terms.</summary>
    private static DisjunctionMaxQuery? For(QueryConcept concept, SynonymSet synonyms)
    {
        var alternatives = new DisjunctionMaxQuery(RankingWeights.ConceptTieBreaker);
        foreach (var text in synonyms.Variants(concept.Text).Prepend(concept.Text))
        {
            Add(text, text == concept.Text ? 1f : RankingWeights.Synonym);
        }

        foreach (var term in concept.FormalTerms)
        {
            Add(term, RankingWeights.FormalTerm);
        }

        if (alternatives.Disjuncts.Count == 0)
        {
            return null;
        }

        alternatives.Boost = concept.Weight;
        return alternatives;

        void Add(string text, float boost)
        {
            if (TextClauseQueries.For(new QueryClause(text, IsPhrase: false, IsExcluded: false)) is { } query)
            {
                query.Boost = boost;
                alternatives.Add(query);
            }
        }
    }
}
