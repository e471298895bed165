using Microsoft.AspNetCore.Http.HttpResults;
using PolicySearch.Api.Metrics;

namespace PolicySearch.Api.Endpoints;

/// <summary><c>GET /metrics</c>: the Prometheus text exposition of <see cref="ApiMetrics"/>, beside /health where scrapers expect it.</summary>
internal static class MetricsEndpoints
{
    public static RouteGroupBuilder MapMetricsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(string.Empty).WithTags("Health");
        group.MapGet("/metrics", GetMetrics)
            .WithName(nameof(GetMetrics))
            .WithSummary("Prometheus metrics: requests and latency by route and status, search latency, index documents, crawls");
        return group;
    }

    internal static ContentHttpResult GetMetrics(ApiMetrics metrics) =>
        TypedResults.Text(metrics.Write(), MetricText.ContentType);
}
