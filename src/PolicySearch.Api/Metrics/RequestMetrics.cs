using System.Diagnostics;
using System.Globalization;

namespace PolicySearch.Api.Metrics;

/// <summary>Counts and times every request by route pattern (never the raw path: "unmatched" when no endpoint answered).</summary>
internal static class RequestMetrics
{
    public const string Unmatched = "unmatched";

    public static IApplicationBuilder UseRequestMetrics(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var metrics = app.ApplicationServices.GetRequiredService<ApiMetrics>();
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
                route = string.IsNullOrEmpty(route) ? Unmatched : "/" + route.TrimStart('/');
                var status = context.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
                metrics.Requests.Increment(route, context.Request.Method, status);
                metrics.RequestDuration.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds, route, status);
            }
        });
    }
}
