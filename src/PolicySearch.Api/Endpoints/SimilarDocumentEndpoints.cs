using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Relations;
using Serilog;

namespace PolicySearch.Api.Endpoints;

/// <summary>Documents like a given one: <c>GET /api/documents/{id}/similar?size=&amp;includeVersions=</c>.</summary>
internal static class SimilarDocumentEndpoints
{
    public static RouteGroupBuilder MapSimilarDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}/similar", GetSimilarDocuments)
            .WithName(nameof(GetSimilarDocuments))
            .WithSummary("Documents like this one, by the words of its body")
            .WithDescription($"size is 1 to {SimilarRequest.MaxSize} (default {SimilarRequest.DefaultSize}). "
                + "The document's other versions (same title) are left out unless includeVersions=true.");
        return group;
    }

    internal static Results<Ok<SimilarDocuments>, ProblemHttpResult> GetSimilarDocuments(
        string id,
        [FromQuery] string? size,
        [FromQuery] string? includeVersions,
        HttpContext httpContext,
        IndexAccess index,
        IDiagnosticContext diagnostics)
    {
        var (request, faults) = SimilarParameters.Bind(id, size, includeVersions, httpContext.Request.Query);
        if (request is null)
        {
            return ApiProblems.FromFaults(faults, httpContext);
        }

        try
        {
            if (index.Relations.FindSimilar(request) is not { } similar)
            {
                return ApiProblems.DocumentNotFound(id, httpContext);
            }

            diagnostics.Set(RequestLogProperties.HitCount, similar.Hits.Count);
            return TypedResults.Ok(similar);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
