using System.Globalization;
using PolicySearch.Api.Errors;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Requests;

/// <summary>
/// Binds q, page and size, given as strings, to a <see cref="SearchRequest"/>. Every fault is
/// collected, so one answer names all of them; nothing is clamped or silently dropped.
/// The engine checks the query again and adds what only it can see (syntax).
/// </summary>
internal static class SearchParameters
{
    public static readonly IReadOnlyList<string> Names = ["q", "page", "size", .. SearchFilterParameters.Names];

    public const int DefaultSize = 10;

    public static (SearchRequest? Request, IReadOnlyList<ParameterFault> Faults) Bind(
        string? q,
        string? page,
        string? size,
        IQueryCollection query)
    {
        var faults = QueryParameterRules.Check(query, Names, SearchFilterParameters.Repeatable);
        var pageNumber = ParseNumber("page", page, 1, SearchRequest.MaxPage, faults);
        var pageSize = ParseNumber("size", size, DefaultSize, SearchRequest.MaxSize, faults);
        var request = SearchFilterParameters.Apply(new SearchRequest(q ?? string.Empty, pageNumber, pageSize), query, faults);
        CheckQuery(q, request.Filters.IsEmpty, faults);
        return faults.Count == 0 ? (request, faults) : (null, faults);
    }

    /// <summary>The query may be missing or empty only when filters select the documents (browsing).</summary>
    private static void CheckQuery(string? q, bool noFilters, List<ParameterFault> faults)
    {
        if (q is null && noFilters)
        {
            faults.Add(new ParameterFault(ErrorCodes.QueryEmpty, "q", "The query is missing: add q with at least one word to search for."));
        }
        else if (string.IsNullOrWhiteSpace(q) && noFilters)
        {
            faults.Add(new ParameterFault(ErrorCodes.QueryEmpty, "q", "The query is empty: type at least one word to search for."));
        }
        else if (q is not null && q.Length > SearchRequest.MaxQueryLength)
        {
            faults.Add(new ParameterFault(
                ErrorCodes.QueryTooLong,
                "q",
                $"The query is {q.Length} characters long; the limit is {SearchRequest.MaxQueryLength}."));
        }
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or <paramref name="defaultValue"/> when absent; faults otherwise.</summary>
    internal static int ParseNumber(string name, string? text, int defaultValue, int max, List<ParameterFault> faults)
    {
        if (text is null)
        {
            return defaultValue;
        }

        var digits = text.StartsWith('-') ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            var shown = text.Length == 0 ? "empty" : $"'{ApiProblems.Abbreviate(text, 20)}'";
            faults.Add(new ParameterFault(ApiErrorCodes.PagingInvalid, name, $"{name} must be a whole number from 1 to {max}; it was {shown}."));
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            faults.Add(new ParameterFault(
                ErrorCodes.PagingOutOfRange,
                name,
                $"{name} must be between 1 and {max}; it was {ApiProblems.Abbreviate(text, 20)}."));
            return defaultValue;
        }

        return value;
    }
}
