using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Relations;

namespace PolicySearch.Api.Endpoints;

/// <summary>Whole documents by id, with their citations and versions: <c>GET /api/documents/{id}</c>.</summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}", GetDocument)
            .WithName(nameof(GetDocument))
            .WithSummary("Get one document with all its metadata and its full text")
            .WithDescription("Next to the document's fields: cites (what it refers to, with id and title where the index holds it), "
                + $"citedBy (newest first, at most {DocumentDetails.MaxCitedBy}) with citedByTotal, and versions (other versions of its title, oldest first).");
        return group;
    }

    internal static Results<Ok<DocumentDetails>, ProblemHttpResult> GetDocument(string id, HttpContext httpContext, IndexAccess index)
    {
        var faults = QueryParameterRules.Check(httpContext.Request.Query, []);
        if (faults.Count > 0)
        {
            return ApiProblems.FromFaults(faults, httpContext);
        }

        try
        {
            return index.Relations.FindDetails(id) is { } details
                ? TypedResults.Ok(details)
                : ApiProblems.DocumentNotFound(id, httpContext);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
