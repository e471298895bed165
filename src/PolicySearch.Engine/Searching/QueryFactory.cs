using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Metadata;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Builds the Lucene query for a <see cref="UserQuery"/>: every included clause must match (as a
/// phrase of bigrams in title or body, or as all of its SmartCn words), excluded clauses must not,
/// and exact 文号 / 索引号 / title keys lift their document to the top.
/// </summary>
internal static class QueryFactory
{
    private static readonly string InForce = FacetValues.Of(Validity.Valid);

    public static Query Build(UserQuery userQuery)
    {
        var text = new BooleanQuery();
        foreach (var clause in userQuery.Included)
        {
            if (ClauseQuery(clause) is { } query)
            {
                text.Add(query, Occur.MUST);
            }
        }

        if (text.Clauses.Count == 0)
        {
            throw new PolicySearchException(
                ErrorCodes.QuerySyntax,
                "The query has no words to search for: type at least one word that is not excluded with '-'.")
            {
                Target = "q",
            };
        }

        var matching = new BooleanQuery { { text, Occur.SHOULD } };
        AddExactKeys(matching, userQuery);
        foreach (var clause in userQuery.Excluded)
        {
            if (PhraseInTitleOrBody(clause.Text) is { } excluded)
            {
                matching.Add(excluded, Occur.MUST_NOT);
            }
        }

        return matching;
    }

    private static DisjunctionMaxQuery? ClauseQuery(QueryClause clause)
    {
        if (clause.IsPhrase)
        {
            return PhraseInTitleOrBody(clause.Text);
        }

        var alternatives = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker);
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.TitleBigrams, clause.Text, RankingWeights.TitlePhrase));
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.BodyBigrams, clause.Text, RankingWeights.BodyPhrase));
        AddIfAny(alternatives, AllWords(clause.Text));
        return alternatives.Disjuncts.Count == 0 ? null : alternatives;
    }

    private static DisjunctionMaxQuery? PhraseInTitleOrBody(string text)
    {
        var alternatives = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker);
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.TitleBigrams, text, RankingWeights.TitlePhrase));
        AddIfAny(alternatives, QueryAnalysis.Phrase(IndexFields.BodyBigrams, text, RankingWeights.BodyPhrase));
        return alternatives.Disjuncts.Count == 0 ? null : alternatives;
    }

    /// <summary>
    /// Every word of the clause, each anywhere in the title or the body: a SmartCn word as a term, a
    /// run of characters SmartCn left single as a phrase of bigrams.
    /// </summary>
    private static BooleanQuery? AllWords(string text)
    {
        var groups = QueryAnalysis.WordGroups(text);
        if (groups.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery { Boost = RankingWeights.Words };
        foreach (var group in groups.DistinctBy(group => group.Text))
        {
            var anywhere = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker);
            if (group.Term is { } term)
            {
                anywhere.Add(new TermQuery(new Term(IndexFields.Title, term)) { Boost = RankingWeights.TitleWord });
                anywhere.Add(new TermQuery(new Term(IndexFields.Body, term)) { Boost = RankingWeights.BodyWord });
            }
            else
            {
                AddIfAny(anywhere, QueryAnalysis.Phrase(IndexFields.TitleBigrams, group.Text, RankingWeights.TitleWord));
                AddIfAny(anywhere, QueryAnalysis.Phrase(IndexFields.BodyBigrams, group.Text, RankingWeights.BodyWord));
            }
            if (anywhere.Disjuncts.Count > 0)
            {
                all.Add(anywhere, Occur.MUST);
            }
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    private static void AddExactKeys(BooleanQuery matching, UserQuery userQuery)
    {
        var whole = string.Join(' ', userQuery.Included.Select(clause => clause.Text));
        if (DocumentNumbers.LooksLikeDocumentNumber(whole) && DocumentNumbers.Normalize(whole) is { } documentNumber)
        {
            matching.Add(ExactKey(IndexFields.DocumentNumberKey, documentNumber, RankingWeights.DocumentNumberKey), Occur.SHOULD);
        }

        if (IndexNumbers.LooksLikeIndexNumber(whole) && IndexNumbers.Normalize(whole) is { } indexNumber)
        {
            matching.Add(ExactKey(IndexFields.IndexNumberKey, indexNumber, RankingWeights.IndexNumberKey), Occur.SHOULD);
        }

        var titleKey = LookupKeys.Compact(whole.Trim('《', '》', '<', '>'));
        if (titleKey.Length > 0)
        {
            matching.Add(ExactKey(IndexFields.TitleKey, titleKey, RankingWeights.TitleKey), Occur.SHOULD);
        }
    }

    /// <summary>An exact-key match; among the documents sharing the key (versions of one law), the one in force ranks first.</summary>
    private static BooleanQuery ExactKey(string field, string value, float boost) => new()
    {
        { new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = boost }, Occur.MUST },
        { new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Validity, InForce))) { Boost = RankingWeights.InForce }, Occur.SHOULD },
    };

    private static void AddIfAny(DisjunctionMaxQuery alternatives, Query? query)
    {
        if (query is not null)
        {
            alternatives.Add(query);
        }
    }
}
