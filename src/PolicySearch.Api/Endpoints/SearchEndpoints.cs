using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using Serilog;

namespace PolicySearch.Api.Endpoints;

/// <summary>Ranked full-text search: <c>GET /api/search?q=&amp;page=&amp;size=</c>.</summary>
internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Search");
        group.MapGet("/search", SearchDocuments)
            .WithName(nameof(SearchDocuments))
            .WithSummary("Search documents by relevance")
            .WithDescription("q is the query (1 to 1000 characters; \"…\" marks a phrase, a leading - excludes), page is 1 to 1000, size 1 to 100. "
                + "Each hit's snippet is HTML: document text encoded, matches in <mark>.");
        return group;
    }

    internal static Results<Ok<SearchResults>, ProblemHttpResult> SearchDocuments(
        [FromQuery] string? q,
        [FromQuery] string? page,
        [FromQuery] string? size,
        HttpContext httpContext,
        IndexAccess index,
        IDiagnosticContext diagnostics)
    {
        var (request, faults) = SearchParameters.Bind(q, page, size, httpContext.Request.Query);
        if (request is null)
        {
            return ApiProblems.FromFaults(faults, httpContext);
        }

        try
        {
            var results = index.Searcher.Search(request);
            diagnostics.Set(RequestLogProperties.HitCount, results.Total);
            return TypedResults.Ok(results);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
