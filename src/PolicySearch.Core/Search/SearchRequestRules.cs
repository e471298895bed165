using PolicySearch.Core.Errors;

namespace PolicySearch.Core.Search;

/// <summary>
/// What makes a search request valid, in one place for every host: the API answers all the faults at once, naming
/// each parameter; the engine refuses a request with the first. Values out of range are faults, never clamped.
/// </summary>
public static class SearchRequestRules
{
    public static IEnumerable<PolicySearchException> Faults(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query) && request.Filters.IsEmpty)
        {
            yield return Fault(ErrorCodes.QueryEmpty, "q", "The query is empty: type at least one word to search for.");
        }
        else if (request.Query?.Length > SearchRequest.MaxQueryLength)
        {
            yield return Fault(ErrorCodes.QueryTooLong, "q", $"The query is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}.");
        }

        if (request.Page is < 1 or > SearchRequest.MaxPage)
        {
            yield return Fault(ErrorCodes.PagingOutOfRange, "page", $"page must be between 1 and {SearchRequest.MaxPage}; it was {request.Page}.");
        }

        var maxSize = request.WithSnippets ? SearchRequest.MaxSize : SearchRequest.MaxExportSize;
        if (request.Size < 1 || request.Size > maxSize)
        {
            yield return Fault(ErrorCodes.PagingOutOfRange, "size", $"size must be between 1 and {maxSize}; it was {request.Size}.");
        }

        if (request.FacetSize is < 0 or > SearchRequest.MaxFacetSize)
        {
            yield return Fault(ErrorCodes.PagingOutOfRange, "facetSize", $"facetSize must be between 0 and {SearchRequest.MaxFacetSize}; it was {request.FacetSize}.");
        }

        if (request.Filters.Published is { From: { } from, To: { } to } && from > to)
        {
            yield return Fault(ErrorCodes.FilterDateRange, "publishedFrom", $"The published date range starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}).");
        }
    }

    /// <summary>Throws the first fault of the request, if it has one.</summary>
    public static void ThrowIfInvalid(SearchRequest request)
    {
        if (Faults(request).FirstOrDefault() is { } fault)
        {
            throw fault;
        }
    }

    private static PolicySearchException Fault(string code, string target, string message) => new(code, message) { Target = target };
}
