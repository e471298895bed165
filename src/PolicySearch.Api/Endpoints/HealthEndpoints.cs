using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Errors;
using PolicySearch.Api.Requests;
using PolicySearch.Core.Errors;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// <c>GET /health</c>: whether the index can be read, and what it holds. It sits beside /api, where
/// probes expect it; an unreadable index answers 503 problem details with the index's error code.
/// </summary>
internal static class HealthEndpoints
{
    public const string Healthy = "healthy";

    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(string.Empty).WithTags("Health");
        group.MapGet("/health", GetHealth)
            .WithName(nameof(GetHealth))
            .WithSummary("Report whether the index can be read: ready, document count, path, schema version, generation, last commit");
        group.MapGet("/health/ready", GetReadiness)
            .WithName(nameof(GetReadiness))
            .WithSummary("Readiness probe: 200 once warm-up is done and the index can be read, 503 problem details before");
        return group;
    }

    internal static Results<Ok<ReadinessReport>, ProblemHttpResult> GetReadiness(HttpContext httpContext, IndexAccess index, ReadinessState readiness)
    {
        if (GetHealth(httpContext, index, readiness).Result is ProblemHttpResult problem)
        {
            return problem;
        }

        return readiness.IsReady
            ? TypedResults.Ok(new ReadinessReport(true))
            : TypedResults.Problem(ApiProblems.Create(ApiErrorCodes.WarmingUp, "The service is warming up (first search, dictionary load); try again shortly.", httpContext));
    }

    internal static Results<Ok<HealthReport>, ProblemHttpResult> GetHealth(HttpContext httpContext, IndexAccess index, ReadinessState readiness)
    {
        var faults = QueryParameterRules.Check(httpContext.Request.Query, []);
        if (faults.Count > 0)
        {
            return ApiProblems.FromFaults(faults, httpContext);
        }

        try
        {
            var statistics = index.Reader.GetStatistics();
            return TypedResults.Ok(new HealthReport(
                Healthy,
                readiness.IsReady,
                true,
                statistics.Generation,
                statistics.DocumentCount,
                statistics.Path,
                statistics.SchemaVersion,
                statistics.LastCommitTime,
                statistics.SizeBytes));
        }
        catch (PolicySearchException fault)
        {
            return ApiProblems.FromException(fault, httpContext);
        }
        catch (IOException exception)
        {
            // The exception's text may name server paths; the client learns only that reading failed.
            var fault = new PolicySearchException(ErrorCodes.IndexCorrupt, "The index could not be read; its files changed or vanished while being read.", exception);
            return ApiProblems.FromException(fault, httpContext);
        }
    }
}
