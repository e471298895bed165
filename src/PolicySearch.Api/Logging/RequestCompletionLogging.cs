using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace PolicySearch.Api.Logging;

/// <summary>
/// Shapes Serilog's request completion event: route pattern, status, elapsed milliseconds, and for
/// searches the query length and hit count (set by the handlers through <see cref="IDiagnosticContext"/>).
/// </summary>
internal static class RequestCompletionLogging
{
    public const string MessageTemplate =
        "HTTP {" + RequestLogProperties.RequestMethod + "} {" + RequestLogProperties.Route + "} responded {"
        + RequestLogProperties.StatusCode + "} in {" + RequestLogProperties.ElapsedMs + ":0.0} ms";

    public static void Configure(RequestLoggingOptions options, Serilog.ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Logger = logger;
        options.MessageTemplate = MessageTemplate;
        options.GetMessageTemplateProperties = TemplateProperties;
        options.EnrichDiagnosticContext = Enrich;
    }

    private static IEnumerable<LogEventProperty> TemplateProperties(HttpContext httpContext, string requestPath, double elapsedMs, int statusCode) =>
    [
        new(RequestLogProperties.RequestMethod, new ScalarValue(httpContext.Request.Method)),
        new(RequestLogProperties.RequestPath, new ScalarValue(requestPath)),
        new(RequestLogProperties.StatusCode, new ScalarValue(statusCode)),
        new(RequestLogProperties.ElapsedMs, new ScalarValue(Math.Round(elapsedMs, 2))),
    ];

    private static void Enrich(IDiagnosticContext diagnostics, HttpContext httpContext)
    {
        // Requests no endpoint answered (the stylesheet, unmatched paths) are named by their path.
        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        diagnostics.Set(RequestLogProperties.Route, string.IsNullOrEmpty(route) ? httpContext.Request.Path.Value : route);
        if (httpContext.Request.Query.TryGetValue("q", out var query))
        {
            diagnostics.Set(RequestLogProperties.QueryLength, query.ToString().Length);
        }
    }
}
