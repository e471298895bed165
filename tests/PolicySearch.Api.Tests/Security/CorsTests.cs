using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Security;

public sealed class CorsTests
{
    private const string Portal = "https://portal.example.gov.cn";

    [Fact]
    public async Task By_default_no_origin_is_allowed()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?>());

        var simple = await app.Client.SendAsync(CrossOriginGet(Portal));
        var preflight = await app.Client.SendAsync(Preflight(Portal));

        Assert.Equal(HttpStatusCode.OK, simple.StatusCode);
        Assert.False(simple.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_is_allowed_and_others_are_not()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Portal });

        var allowed = await app.Client.SendAsync(CrossOriginGet(Portal));
        var preflight = await app.Client.SendAsync(Preflight(Portal));
        var other = await app.Client.SendAsync(CrossOriginGet("https://evil.example.com"));

        Assert.Equal(Portal, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(Portal, preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage CrossOriginGet(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Urls.Search("法治"));
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, Urls.Search("法治"));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }
}
