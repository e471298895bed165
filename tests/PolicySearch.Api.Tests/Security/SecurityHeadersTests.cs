using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Security;

[Collection(SharedApp.Name)]
public sealed class SecurityHeadersTests
{
    private readonly ApiFixture _fixture;

    public SecurityHeadersTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData("/api/search?q=%E6%B3%95%E6%B2%BB", "default-src 'none'")]
    [InlineData("/api/nothing-here", "default-src 'none'")]
    [InlineData("/health", "default-src 'none'")]
    [InlineData("/?q=%E6%B3%95%E6%B2%BB", "script-src 'self'")]
    [InlineData("/documents/doc-rule-of-law", "script-src 'self'")]
    public async Task Every_answer_carries_the_security_headers(string url, string policyPart)
    {
        var response = await _fixture.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        var policy = Single(response, "Content-Security-Policy");
        Assert.Contains(policyPart, policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    private static string Single(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
