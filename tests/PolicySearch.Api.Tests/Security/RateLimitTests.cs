using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_past_the_configured_limit_get_429_with_retry_after()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimit:Enabled"] = "true",
            ["RateLimit:PermitLimit"] = "2",
            ["RateLimit:Window"] = "00:10:00",
        });

        var first = await app.Client.GetAsync(Urls.Search("法治"));
        var second = await app.Client.GetAsync("/api/suggest?q=%E6%B3%95");
        var third = await app.Client.GetAsync(Urls.Search("法治"));
        var health = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.TooManyRequests, "request.rate_limited");
        var retryAfter = int.Parse(third.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
