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

        // Among otherwise equal matches (the versions of one law), the version in force comes first.
        return new BooleanQuery
        {
            { matching, Occur.MUST },
            { Constant(IndexFields.Validity, InForce, RankingWeights.InForce), Occur.SHOULD },
        };
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

    /// <summary>Every SmartCn word of the clause, each in the title or the body.</summary>
    private static BooleanQuery? AllWords(string text)
    {
        var words = QueryAnalysis.Tokens(IndexFields.Body, text).Select(token => token.Term).Distinct().ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery { Boost = RankingWeights.Words };
        foreach (var word in words)
        {
            var either = new DisjunctionMaxQuery(RankingWeights.ClauseTieBreaker)
            {
                new TermQuery(new Term(IndexFields.Title, word)) { Boost = RankingWeights.TitleWord },
                new TermQuery(new Term(IndexFields.Body, word)) { Boost = RankingWeights.BodyWord },
            };
            all.Add(either, Occur.MUST);
        }

        return all;
    }

    private static void AddExactKeys(BooleanQuery matching, UserQuery userQuery)
    {
        var whole = string.Join(' ', userQuery.Included.Select(clause => clause.Text));
        if (DocumentNumbers.LooksLikeDocumentNumber(whole) && DocumentNumbers.Normalize(whole) is { } documentNumber)
        {
            matching.Add(Constant(IndexFields.DocumentNumberKey, documentNumber, RankingWeights.DocumentNumberKey), Occur.SHOULD);
        }

        if (IndexNumbers.LooksLikeIndexNumber(whole) && IndexNumbers.Normalize(whole) is { } indexNumber)
        {
            matching.Add(Constant(IndexFields.IndexNumberKey, indexNumber, RankingWeights.IndexNumberKey), Occur.SHOULD);
        }

        var titleKey = LookupKeys.Compact(whole.Trim('《', '》', '<', '>'));
        if (titleKey.Length > 0)
        {
            matching.Add(Constant(IndexFields.TitleKey, titleKey, RankingWeights.TitleKey), Occur.SHOULD);
        }
    }

    private static ConstantScoreQuery Constant(string field, string value, float boost) =>
        new(new TermQuery(new Term(field, value))) { Boost = boost };

    private static void AddIfAny(DisjunctionMaxQuery alternatives, Query? query)
    {
        if (query is not null)
        {
            alternatives.Add(query);
        }
    }
}
