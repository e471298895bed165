using System.Globalization;
using PolicySearch.Api.Errors;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Requests;

/// <summary>
/// Binds q, page and size, given as strings, to a <see cref="SearchRequest"/>. Every fault is
/// collected, so one answer names all of them; nothing is clamped or silently dropped.
/// Whether the bound values are valid is decided by <see cref="SearchRequestRules"/>, as in the engine; the engine adds
/// what only it can see (syntax).
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
        var pageNumber = WholeNumber("page", page, 1, SearchRequest.MaxPage, faults);
        var pageSize = WholeNumber("size", size, DefaultSize, SearchRequest.MaxSize, faults);
        var request = SearchFilterParameters.Apply(new SearchRequest(q ?? string.Empty, pageNumber, pageSize), query, faults);
        faults.AddRange(SearchRequestRules.Faults(request).Select(fault => q is null && fault.Code == ErrorCodes.QueryEmpty
            ? new ParameterFault(fault.Code, "q", "The query is missing: add q with at least one word to search for.")
            : new ParameterFault(fault.Code, fault.Target!, fault.Message)));
        return faults.Count == 0 ? (request, faults) : (null, faults);
    }

    /// <summary>
    /// A whole number, or <paramref name="defaultValue"/> when absent; faults when it is not one, or too large to be one.
    /// Whether it is in range is one of <see cref="SearchRequestRules"/>.
    /// </summary>
    private static int WholeNumber(string name, string? text, int defaultValue, int max, List<ParameterFault> faults)
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

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            faults.Add(new ParameterFault(
                ErrorCodes.PagingOutOfRange,
                name,
                $"{name} must be between 1 and {max}; it was {ApiProblems.Abbreviate(text, 20)}."));
            return defaultValue;
        }

        return value;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or <paramref name="defaultValue"/> when absent; faults otherwise.</summary>
    internal static int ParseNumber(string name, string? text, int defaultValue, int max, List<ParameterFault> faults)
    {
        var value = WholeNumber(name, text, defaultValue, max, faults);
        if (value < 1 || value > max)
        {
            faults.Add(new ParameterFault(ErrorCodes.PagingOutOfRange, name, $"{name} must be between 1 and {max}; it was {value}."));
            return defaultValue;
        }

        return value;
    }
}
