using System.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Export;
using PolicySearch.Api.Caching;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Metrics;
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
                + "format=csv returns up to 1,000 rows as UTF-8 CSV with a byte-order mark; format=atom an Atom 1.0 feed of the 20 newest matches. "
                + "Identical searches are answered from a cache until the index changes.")
            .CacheSearches();
        return group;
    }

    internal static Results<Ok<SearchResults>, FileContentHttpResult, ProblemHttpResult> SearchDocuments(
        [FromQuery] string? q,
        [FromQuery] string? page,
        [FromQuery] string? size,
        HttpContext httpContext,
        IndexAccess index,
        IDiagnosticContext diagnostics,
        ApiMetrics metrics)
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
                var rows = Search(index, metrics, request with { Page = 1, Size = SearchRequest.MaxExportSize, WithSnippets = false, FacetSize = 0 });
                diagnostics.Set(RequestLogProperties.HitCount, rows.Total);
                return TypedResults.File(SearchResultsCsv.Write(rows), SearchResultsCsv.ContentType, "policysearch-results.csv");
            }

            if (format == ExportFormat.Atom)
            {
                var newest = Search(index, metrics, request with { Page = 1, Size = SearchResultsAtom.EntryCount, Sort = SearchSort.Newest, FacetSize = 0 });
                diagnostics.Set(RequestLogProperties.HitCount, newest.Total);
                var indexUpdated = index.Reader.GetStatistics().LastCommitTime ?? DateTimeOffset.UtcNow;
                var feed = SearchResultsAtom.Write(newest, q ?? string.Empty, BaseUri(httpContext.Request), new Uri(httpContext.Request.GetEncodedUrl()), indexUpdated);
                return TypedResults.File(feed, SearchResultsAtom.ContentType);
            }

            var results = Search(index, metrics, request);
            diagnostics.Set(RequestLogProperties.HitCount, results.Total);
            return TypedResults.Ok(results);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }

    private static SearchResults Search(IndexAccess index, ApiMetrics metrics, SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var results = index.Searcher.Search(request);
        metrics.SearchDuration.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        return results;
    }

    private static Uri BaseUri(HttpRequest request) => new(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/"));
}
