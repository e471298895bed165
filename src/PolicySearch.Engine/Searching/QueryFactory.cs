using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Metadata;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Builds the Lucene query for a <see cref="UserQuery"/>: every group must match (one of its OR-ed
/// clauses), excluded clauses must not, field clauses select without scoring, and exact 文号 /
/// 索引号 / title keys lift their document to the top.
/// </summary>
internal static class QueryFactory
{
    private static readonly string InForce = FacetValues.Of(Validity.Valid);

    /// <param name="synonyms">Variants of text clauses are added as alternatives.</param>
    /// <param name="allowNoTerms">True when filters alone may select documents (browsing).</param>
    public static Query Build(UserQuery userQuery, SynonymSet synonyms, bool allowNoTerms = false)
    {
        var required = new BooleanQuery();
        foreach (var group in userQuery.IncludedGroups)
        {
            var alternatives = group.SelectMany(clause => WithSynonyms(clause, synonyms)).ToList();
            if (alternatives.Count > 0)
            {
                required.Add(AnyOf(alternatives), Occur.MUST);
            }
        }

        if (required.Clauses.Count == 0)
        {
            if (!allowNoTerms)
            {
                throw new PolicySearchException(
                    ErrorCodes.QuerySyntax,
                    "The query has no words to search for: type at least one word that is not excluded with '-'.")
                {
                    Target = "q",
                };
            }

            required.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return MainlandFirst(Finish(required, userQuery), userQuery);
    }

    /// <summary>
    /// A query typed in Simplified script comes from a mainland reader, whom Taiwan's laws (Traditional script) do
    /// not govern: their scores are multiplied by <see cref="RankingWeights.TraditionalScript"/>, as a question's are.
    /// An exact title or 文号 still ranks its document first.
    /// </summary>
    private static Query MainlandFirst(Query query, UserQuery userQuery) => HanScript.IsTraditional(userQuery.Text)
        ? query
        : Demotions.TraditionalScriptLower(query);

    /// <summary>
    /// The query with its free text read as <paramref name="interpretation"/>: at least
    /// <paramref name="minimumMatch"/> of its concepts, while quoted phrases, fielded clauses and exclusions
    /// apply as typed, and exact keys still lift a typed title or 文号; null when nothing is left to search.
    /// </summary>
    public static Query? BuildUnderstood(UserQuery userQuery, QueryInterpretation interpretation, SynonymSet synonyms, int minimumMatch)
    {
        var required = new BooleanQuery();
        foreach (var clause in userQuery.Included.Where(clause => !UserQuery.IsFreeText(clause)))
        {
            if (WithSynonyms(clause, synonyms).ToList() is { Count: > 0 } alternatives)
            {
                required.Add(AnyOf(alternatives), Occur.MUST);
            }
        }

        if (ConceptQueries.Build(interpretation, synonyms, minimumMatch) is not { } concepts)
        {
            return required.Clauses.Count == 0 ? null : Finish(required, userQuery);
        }

        required.Add(concepts, Occur.MUST);

        // The free text as typed, as a phrase, still lifts the document that contains it word for word: a title or a
        // passage that happens to contain a question or everyday word (需要, 996) stays a known item.
        foreach (var clause in userQuery.FreeText)
        {
            if (TextClauseQueries.Phrase(clause.Text) is { } asTyped)
            {
                required.Add(asTyped, Occur.SHOULD);
            }
        }

        return required.Clauses.Count == 0 ? null : Finish(required, userQuery);
    }

    private static BooleanQuery Finish(BooleanQuery required, UserQuery userQuery)
    {
        var matching = new BooleanQuery { { required, Occur.SHOULD } };
        AddExactKeys(matching, userQuery);
        foreach (var clause in userQuery.Excluded)
        {
            var excluded = QueryFieldNames.IsFilter(clause.Field) ? FieldClauseQueries.For(clause) : TextClauseQueries.Phrase(clause.Text);
            if (excluded is not null)
            {
                matching.Add(excluded, Occur.MUST_NOT);
            }
        }

        return matching;
    }

    private static IEnumerable<Query> WithSynonyms(QueryClause clause, SynonymSet synonyms)
    {
        if (ClauseQuery(clause) is { } typed)
        {
            yield return typed;
        }

        if (QueryFieldNames.IsFilter(clause.Field))
        {
            yield break;
        }

        foreach (var variant in synonyms.Variants(clause.Text))
        {
            if (TextClauseQueries.For(clause with { Text = variant }) is { } query)
            {
                query.Boost = RankingWeights.Synonym;
                yield return query;
            }
        }
    }

    private static Query? ClauseQuery(QueryClause clause) =>
        QueryFieldNames.IsFilter(clause.Field) ? FieldClauseQueries.For(clause) : TextClauseQueries.For(clause);

    private static Query AnyOf(List<Query> alternatives)
    {
        if (alternatives.Count == 1)
        {
            return alternatives[0];
        }

        var any = new BooleanQuery();
        foreach (var alternative in alternatives)
        {
            any.Add(alternative, Occur.SHOULD);
        }

        return any;
    }

    private static void AddExactKeys(BooleanQuery matching, UserQuery userQuery)
    {
        var whole = string.Join(' ', userQuery.Included.Where(clause => clause.Field == QueryField.Any).Select(clause => clause.Text));
        if (whole.Length == 0)
        {
            return;
        }

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
}
