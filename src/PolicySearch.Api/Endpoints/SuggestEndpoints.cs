using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Logging;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using Serilog;

namespace PolicySearch.Api.Endpoints;

/// <summary>Completions as the user types: <c>GET /api/suggest?q=&amp;size=</c>.</summary>
internal static class SuggestEndpoints
{
    public static RouteGroupBuilder MapSuggestEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Suggest");
        group.MapGet("/suggest", SuggestCompletions)
            .WithName(nameof(SuggestCompletions))
            .WithSummary("Complete a typed prefix to document titles and issuers")
            .WithDescription("q is the prefix typed so far (1 to 100 characters), size 1 to 20 (default 8). Titles come first: those starting "
                + "with the prefix (also after 中华人民共和国, 国务院关于, 国务院办公厅关于 or 关于), then those containing it; in force, newer "
                + "and shorter titles first, each title once. Up to 3 issuers follow, with their document counts. No match is an empty list.");
        return group;
    }

    internal static Results<Ok<Suggestions>, ProblemHttpResult> SuggestCompletions(
        [FromQuery] string? q,
        [FromQuery] string? size,
        HttpContext httpContext,
        IndexAccess index,
        IDiagnosticContext diagnostics)
    {
        var (prefix, count, faults) = SuggestParameters.Bind(q, size, httpContext.Request.Query);
        if (prefix is null)
        {
            return ApiProblems.FromFaults(faults, httpContext);
        }

        try
        {
            var suggestions = index.Reader.Suggest(prefix, count);
            diagnostics.Set(RequestLogProperties.HitCount, suggestions.Items.Count);
            return TypedResults.Ok(suggestions);
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
