using System.Text;

namespace PolicySearch.Api.Pages;

/// <summary>
/// An HTML page answer with the headers every page carries: a strict Content-Security-Policy (the
/// pages have no inline script or style), nosniff, and no referrer.
/// </summary>
internal sealed class HtmlPageResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

    private readonly string _html;

    public HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK)
    {
        _html = html;
        StatusCode = statusCode;
    }

    public int? StatusCode { get; }

    public string? ContentType => "text/html; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode ?? StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var body = Encoding.UTF8.GetBytes(_html);
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
