using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;

namespace PolicySearch.Api.Endpoints;

/// <summary>Whole documents by id: <c>GET /api/documents/{id}</c>.</summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}", GetDocument)
            .WithName(nameof(GetDocument))
            .WithSummary("Get one document with all its metadata and its full text");
        return group;
    }

    internal static Results<Ok<PolicyDocument>, ProblemHttpResult> GetDocument(string id, HttpContext httpContext, IndexAccess index)
    {
        var faults = QueryParameterRules.Check(httpContext.Request.Query, []);
        if (faults.Count > 0)
        {
            return ApiProblems.FromFaults(faults, httpContext);
        }

        try
        {
            return index.Searcher.FindDocument(id) is { } document
                ? TypedResults.Ok(document)
                : ApiProblems.DocumentNotFound(id, httpContext);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
