namespace PolicySearch.Api.Tests.Pages;

public static class PageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

    public static void AssertSecure(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    /// <summary>The page has no inline script or style that a strict CSP would block, and no script URL; /app.js is its only script.</summary>
    public static void AssertNoInlineCode(string html)
    {
        // The only script is the page's own file, loaded by address.
        Assert.DoesNotMatch("(?i)<script(?![^>]*\\ssrc=\"/app\\.js\")", html);
        Assert.DoesNotMatch("(?i)<script[^>]*>[^<]", html);
        Assert.DoesNotMatch("(?i)<style", html);
        Assert.DoesNotMatch("(?i)<[a-z][^>]*\\s(on[a-z]+|style)\\s*=", html);
        Assert.DoesNotMatch("(?i)(href|src)\\s*=\\s*\"\\s*javascript:", html);
    }
}
