using PolicySearch.Api.Errors;

namespace PolicySearch.Api.Requests;

/// <summary>Rejects query parameters an address does not know, and known ones given more than once.</summary>
internal static class QueryParameterRules
{
    /// <param name="repeatable">Parameters that may be given several times (filter values).</param>
    public static List<ParameterFault> Check(IQueryCollection query, IReadOnlyList<string> allowed, IReadOnlyCollection<string>? repeatable = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(allowed);
        var faults = new List<ParameterFault>();
        foreach (var (name, values) in query)
        {
            if (!allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var shown = ApiProblems.Abbreviate(name);
                var accepted = allowed.Count == 0 ? "this address takes no query parameters" : $"this address accepts {string.Join(", ", allowed)}";
                faults.Add(new ParameterFault(ApiErrorCodes.UnknownParameter, shown, $"Unknown parameter '{shown}': {accepted}."));
            }
            else if (values.Count > 1 && repeatable?.Contains(name, StringComparer.OrdinalIgnoreCase) != true)
            {
                faults.Add(new ParameterFault(
                    ApiErrorCodes.RepeatedParameter,
                    name,
                    $"{name} was given {values.Count} times; give it once."));
            }
        }

        return faults;
    }
}
