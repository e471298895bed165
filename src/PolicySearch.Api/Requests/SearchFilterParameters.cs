using System.Globalization;
using PolicySearch.Api.Errors;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Requests;

/// <summary>
/// Binds the filter, sort, facet, explain and literal parameters of a search. Filter parameters may repeat
/// (values of one field are alternatives); dates are yyyy-MM-dd.
/// </summary>
internal static class SearchFilterParameters
{
    /// <summary>One parameter per filter field, named as the field (<see cref="FilterFields"/>).</summary>
    public static readonly IReadOnlyList<string> Repeatable = [.. FilterFields.All.Select(field => field.Name)];

    public static readonly IReadOnlyList<string> Names = [.. Repeatable, "publishedFrom", "publishedTo", "inForceOn", "sort", "facetSize", "explain", "literal", "format"];

    public static SearchRequest Apply(SearchRequest request, IQueryCollection query, List<ParameterFault> faults)
    {
        var filters = new SearchFilters
        {
            Published = PublishedRange(query, faults),
            InForceOn = Date(query, "inForceOn", faults),
        };
        foreach (var field in FilterFields.All)
        {
            filters = filters.With(field, Values(query, field, faults));
        }

        return request with
        {
            Filters = filters,
            Sort = Sort(query, faults),
            FacetSize = FacetSize(query, faults),
            Explain = Flag(query, "explain", faults),
            Literal = Flag(query, "literal", faults),
        };
    }

    /// <summary>The field's values, cleaned, each checked by the field's parser (the engine reads them with the same one).</summary>
    private static List<string> Values(IQueryCollection query, FilterField field, List<ParameterFault> faults)
    {
        var values = query[field.Name].Select(value => MetadataText.Clean(value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var value in values)
        {
            if (!field.TryNormalize(value, out _, out var fault))
            {
                faults.Add(new ParameterFault(ErrorCodes.FilterInvalid, field.Name, fault!));
            }
        }

        return values;
    }

    private static DateRange? PublishedRange(IQueryCollection query, List<ParameterFault> faults)
    {
        var from = Date(query, "publishedFrom", faults);
        var to = Date(query, "publishedTo", faults);
        return from is null && to is null ? null : new DateRange(from, to);
    }

    private static DateOnly? Date(IQueryCollection query, string name, List<ParameterFault> faults)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        faults.Add(new ParameterFault(ErrorCodes.FilterDateRange, name, $"{name} must be a date written yyyy-MM-dd; it was '{ApiProblems.Abbreviate(text, 20)}'."));
        return null;
    }

    private static SearchSort Sort(IQueryCollection query, List<ParameterFault> faults)
    {
        var text = query["sort"].FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return SearchSort.Relevance;
        }

        if (Enum.TryParse<SearchSort>(text, ignoreCase: true, out var sort) && !text.All(char.IsAsciiDigit))
        {
            return sort;
        }

        faults.Add(new ParameterFault(ErrorCodes.SortInvalid, "sort", $"sort must be relevance, newest or oldest; it was '{ApiProblems.Abbreviate(text, 20)}'."));
        return SearchSort.Relevance;
    }

    private static int FacetSize(IQueryCollection query, List<ParameterFault> faults)
    {
        var text = query["facetSize"].FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return 10;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return size;
        }

        faults.Add(new ParameterFault(ErrorCodes.PagingOutOfRange, "facetSize", $"facetSize must be a whole number from 0 to {SearchRequest.MaxFacetSize}; it was '{ApiProblems.Abbreviate(text, 20)}'."));
        return 10;
    }

    private static bool Flag(IQueryCollection query, string name, List<ParameterFault> faults)
    {
        var text = query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        faults.Add(new ParameterFault(ApiErrorCodes.InvalidRequest, name, $"{name} must be true or false; it was '{ApiProblems.Abbreviate(text, 20)}'."));
        return false;
    }
}
