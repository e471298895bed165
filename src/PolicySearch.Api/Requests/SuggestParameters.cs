using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Requests;

/// <summary>
/// Binds q and size of a suggestion request, given as strings. Every fault is collected; nothing is
/// clamped. q is the prefix typed so far, 1 to 100 characters; size is 1 to 20.
/// </summary>
internal static class SuggestParameters
{
    public static readonly IReadOnlyList<string> Names = ["q", "size"];

    public static (string? Prefix, int Size, IReadOnlyList<ParameterFault> Faults) Bind(string? q, string? size, IQueryCollection query)
    {
        var faults = QueryParameterRules.Check(query, Names);
        var count = SearchParameters.ParseNumber("size", size, Suggestions.DefaultSize, Suggestions.MaxSize, faults);
        if (string.IsNullOrWhiteSpace(q))
        {
            var state = q is null ? "missing: add q with" : "empty: type";
            faults.Add(new ParameterFault(ErrorCodes.QueryEmpty, "q", $"The prefix is {state} at least one character to complete."));
        }
        else if (q.Length > Suggestions.MaxQueryLength)
        {
            faults.Add(new ParameterFault(ErrorCodes.QueryTooLong, "q", $"The prefix is {q.Length} characters long; the limit is {Suggestions.MaxQueryLength}."));
        }

        return faults.Count == 0 ? (q, count, faults) : (null, count, faults);
    }
}
