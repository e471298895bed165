using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Export;
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
                + "Each hit's snippet is HTML: document text encoded, matches in <mark>. "
                + "Filters: issuer, category, validity, topic, source, year (repeatable), publishedFrom, publishedTo, inForceOn; sort; facetSize; explain. "
                + "format=csv returns up to 1,000 rows as UTF-8 CSV with a byte-order mark.");
        return group;
    }

    internal static Results<Ok<SearchResults>, FileContentHttpResult, ProblemHttpResult> SearchDocuments(
        [FromQuery] string? q,
        [FromQuery] string? page,
        [FromQuery] string? size,
        HttpContext httpContext,
        IndexAccess index,
        IDiagnosticContext diagnostics)
    {
        var (request, faults) = SearchParameters.Bind(q, page, size, httpContext.Request.Query);
        var (format, formatFault) = ExportFormatParser.Parse(httpContext.Request.Query["format"].FirstOrDefault());
        if (request is null || formatFault is not null)
        {
            return ApiProblems.FromFaults([.. faults, .. formatFault is null ? Array.Empty<ParameterFault>() : [formatFault]], httpContext);
        }

        try
        {
            if (format == ExportFormat.Csv)
            {
                var rows = index.Searcher.Search(request with { Page = 1, Size = SearchRequest.MaxExportSize, WithSnippets = false, FacetSize = 0 });
                diagnostics.Set(RequestLogProperties.HitCount, rows.Total);
                return TypedResults.File(SearchResultsCsv.Write(rows), SearchResultsCsv.ContentType, "policysearch-results.csv");
            }

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
