namespace PolicySearch.Api.Security;

/// <summary>
/// The headers every answer carries, set in one place just before the response starts: nosniff, no referrer,
/// no framing, and a Content-Security-Policy (the pages' policy on HTML, "nothing" on everything else).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>For HTML: own scripts, styles and images only; no inline script or style; never framed.</summary>
    public const string HtmlPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

    /// <summary>For JSON, CSV, feeds and problem details: nothing may load or frame them as a document.</summary>
    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(Apply, context);
            return next(context);
        });
    }

    private static Task Apply(object state)
    {
        var response = ((HttpContext)state).Response;
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        var isHtml = response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        headers.ContentSecurityPolicy = isHtml ? HtmlPolicy : DataPolicy;
        return Task.CompletedTask;
    }
}
