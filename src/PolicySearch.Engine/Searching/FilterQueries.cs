using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// The request's filters as one query per facet field (values OR-ed, keyed by the index field), so facet counts can
/// leave out the filter of the field they count.
/// </summary>
internal static class FilterQueries
{
    /// <summary>Key for filters that are not facets (date range, in force on).</summary>
    public const string Dates = "_dates";

    public static Dictionary<string, Query> Build(SearchFilters filters)
    {
        var queries = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var field in FilterFields.All)
        {
            AddTerms(queries, FilterIndexFields.Keyword(field), filters[field].Select(field.Normalize).OfType<string>());
        }

        var dates = new BooleanQuery();
        if (filters.Published is { } published)
        {
            dates.Add(FieldClauseQueries.DateRangeQuery(IndexFields.PublishedDate, published), Occur.MUST);
        }

        if (filters.InForceOn is { } day)
        {
            dates.Add(InForceOn(day), Occur.MUST);
        }

        if (dates.Clauses.Count > 0)
        {
            queries[Dates] = dates;
        }

        return queries;
    }

    /// <summary>ANDs the filters, leaving out one field's; null when nothing is left.</summary>
    public static Filter? Combine(Dictionary<string, Query> filters, string? except = null)
    {
        var all = new BooleanQuery();
        foreach (var (field, query) in filters)
        {
            if (field != except)
            {
                all.Add(query, Occur.MUST);
            }
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    /// <summary>
    /// In effect by the day (effective date, else published date) and not marked repealed or not yet
    /// effective without a date. Versions superseded later are not yet told apart (needs version links).
    /// </summary>
    private static BooleanQuery InForceOn(DateOnly day)
    {
        var key = DateKeys.ToInt(day);
        var effective = NumericRangeQuery.NewInt32Range(IndexFields.EffectiveDate, null, key, true, true);
        var publishedWithoutEffective = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(IndexFields.PublishedDate, null, key, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexFields.EffectiveDate, null, null, true, true), Occur.MUST_NOT },
        };
        return new BooleanQuery
        {
            { new BooleanQuery { { effective, Occur.SHOULD }, { publishedWithoutEffective, Occur.SHOULD } }, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Validity, FacetValues.Of(Validity.Repealed))), Occur.MUST_NOT },
        };
    }

    private static void AddTerms(Dictionary<string, Query> queries, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            queries[field] = any;
        }
    }
}
