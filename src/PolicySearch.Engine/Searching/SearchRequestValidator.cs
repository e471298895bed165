using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>Rejects requests the engine will not run; values out of range are errors, never clamped.</summary>
internal static class SearchRequestValidator
{
    public static void Validate(SearchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query) && request.Filters.IsEmpty)
        {
            throw Fault(ErrorCodes.QueryEmpty, "q", "The query is empty: type at least one word to search for.");
        }

        if (request.Query is null)
        {
            throw Fault(ErrorCodes.QueryEmpty, "q", "The query is missing.");
        }

        if (request.Query.Length > SearchRequest.MaxQueryLength)
        {
            throw Fault(ErrorCodes.QueryTooLong, "q", $"The query is {request.Query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}.");
        }

        if (request.Page is < 1 or > SearchRequest.MaxPage)
        {
            throw Fault(ErrorCodes.PagingOutOfRange, "page", $"page must be between 1 and {SearchRequest.MaxPage}; it was {request.Page}.");
        }

        var maxSize = request.WithSnippets ? SearchRequest.MaxSize : SearchRequest.MaxExportSize;
        if (request.Size < 1 || request.Size > maxSize)
        {
            throw Fault(ErrorCodes.PagingOutOfRange, "size", $"size must be between 1 and {maxSize}; it was {request.Size}.");
        }

        if (request.FacetSize is < 0 or > SearchRequest.MaxFacetSize)
        {
            throw Fault(ErrorCodes.PagingOutOfRange, "facetSize", $"facetSize must be between 0 and {SearchRequest.MaxFacetSize}; it was {request.FacetSize}.");
        }

        if (request.Filters.Published is { From: { } from, To: { } to } && from > to)
        {
            throw Fault(ErrorCodes.FilterDateRange, "publishedFrom", $"The published date range starts ({from:yyyy-MM-dd}) after it ends ({to:yyyy-MM-dd}).");
        }
    }

    private static PolicySearchException Fault(string code, string target, string message) => new(code, message) { Target = target };
}
