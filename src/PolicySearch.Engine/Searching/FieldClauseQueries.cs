using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Queries for clauses limited to a metadata field (a filter field's, as issuer: or category:, and docno:,
/// published:, written:). They select documents without adding to the score.
/// </summary>
internal static class FieldClauseQueries
{
    public static Query For(QueryClause clause) => clause.Field switch
    {
        QueryField.Filter when clause.Filter is { ClauseMatch: FieldClauseMatch.Contains } field =>
            Contains(FilterIndexFields.Bigram(field), clause.Text, field.Name),
        QueryField.Filter when clause.Filter is { } field => Keyword(FilterIndexFields.Keyword(field), field.Normalize(clause.Text) ?? clause.Text),
        QueryField.DocumentNumber => DocumentNumber(clause.Text),
        QueryField.Published => DateRangeQuery(IndexFields.PublishedDate, DateRangeParser.Parse(clause.Text, "published")),
        QueryField.Written => DateRangeQuery(IndexFields.WrittenDate, DateRangeParser.Parse(clause.Text, "written")),
        _ => throw new ArgumentOutOfRangeException(nameof(clause), clause.Field, "Not a field clause."),
    };

    public static Query DateRangeQuery(string field, DateRange range) =>
        NumericRangeQuery.NewInt32Range(
            field,
            range.From is { } from ? DateKeys.ToInt(from) : null,
            range.To is { } to ? DateKeys.ToInt(to) : null,
            minInclusive: true,
            maxInclusive: true);

    private static ConstantScoreQuery Keyword(string field, string value) => Unscored(new TermQuery(new Term(field, value)));

    private static ConstantScoreQuery Contains(string field, string text, string name) =>
        Unscored(QueryAnalysis.Phrase(field, text, 1f) ?? throw new PolicySearchException(
            ErrorCodes.QuerySyntax,
            $"{name}:{text} has no characters to search for.")
        {
            Target = "q",
        });

    /// <summary>The exact normalized 文号, or a part of one (国发〔2021〕 finds every 国发 of 2021).</summary>
    private static ConstantScoreQuery DocumentNumber(string text)
    {
        var either = new BooleanQuery();
        if (DocumentNumbers.Normalize(text) is { } key)
        {
            either.Add(new TermQuery(new Term(IndexFields.DocumentNumberKey, key)), Occur.SHOULD);
        }

        if (QueryAnalysis.Phrase(IndexFields.DocumentNumberBigrams, text, 1f) is { } partial)
        {
            either.Add(partial, Occur.SHOULD);
        }

        return Unscored(either);
    }

    private static ConstantScoreQuery Unscored(Query query) => new(query) { Boost = 0f };
}
