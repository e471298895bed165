using System.Globalization;
using Lucene.Net.Search;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Searching;

/// <summary>Describes how a query was understood, for <c>explain=true</c>.</summary>
internal static class QueryExplainer
{
    public static QueryExplanation Explain(UserQuery userQuery, SearchFilters filters, Query query, bool relaxed, QueryInterpretation? interpretation)
    {
        var clauses = userQuery.Groups.SelectMany(group => group.Select(clause => Describe(clause, group.Count > 1))).ToList();
        var applied = DescribeFilters(filters).ToList();
        if (interpretation is not null)
        {
            applied.Add(DescribeInterpretation(interpretation));
        }

        if (relaxed)
        {
            applied.Add("relaxed: fewer of the words must match");
        }

        return new QueryExplanation(clauses, applied, query.ToString());
    }

    private static string DescribeInterpretation(QueryInterpretation interpretation)
    {
        var concepts = interpretation.Concepts.Select(concept => concept.IsMapped
            ? $"{concept.Text} → {string.Join(" / ", concept.FormalTerms)}"
            : concept.IsCounted ? concept.Text : $"({concept.Text})");
        var weights = interpretation.Concepts.Where(concept => concept.Weight > 1).Select(concept => string.Create(CultureInfo.InvariantCulture, $"{concept.Text} ×{concept.Weight}"));
        return $"{(interpretation.IsQuestion ? "question" : "everyday words")}: searched {string.Join(", ", concepts)}"
            + (interpretation.Ignored.Count > 0 ? $"; ignored {string.Join(", ", interpretation.Ignored)}" : string.Empty)
            + (weights.Any() ? $"; repeated {string.Join(", ", weights)}" : string.Empty);
    }

    private static ExplainedClause Describe(QueryClause clause, bool inOrGroup)
    {
        var field = clause.Field == QueryField.Any ? null : clause.Filter?.Name ?? JsonName(clause.Field);
        var kind = clause.Field switch
        {
            QueryField.Published or QueryField.Written => "range",
            QueryField.Filter when clause.Filter?.ClauseMatch == FieldClauseMatch.Exact => "keyword",
            _ when clause.IsPhrase => "phrase",
            _ => "words",
        };
        var occur = clause.IsExcluded ? "mustNot" : inOrGroup ? "should" : "must";
        IReadOnlyList<string> words = kind is "range" or "keyword" ? [clause.Text] : QueryAnalysis.WordGroups(clause.Text).Select(group => group.Text).ToList();
        return new ExplainedClause(clause.Text, field, kind, occur, words);
    }

    private static IEnumerable<string> DescribeFilters(SearchFilters filters)
    {
        foreach (var field in FilterFields.All.Where(field => filters[field].Count > 0))
        {
            yield return $"{field.Name} is {string.Join(" or ", filters[field])}";
        }

        if (filters.Published is { } published)
        {
            yield return $"published {Format(published.From)}..{Format(published.To)}";
        }

        if (filters.InForceOn is { } day)
        {
            yield return $"in force on {Format(day)}";
        }
    }

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string JsonName(QueryField field) => field switch
    {
        QueryField.DocumentNumber => "documentNumber",
        _ => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field.ToString()),
    };
}
