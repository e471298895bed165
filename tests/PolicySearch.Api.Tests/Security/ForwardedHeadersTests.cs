using System.Net;
using PolicySearch.Api.Security;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Security;

/// <summary>Rate limiting behind a reverse proxy, over real TCP on loopback: nginx at 127.0.0.1, a stranger at 127.0.0.2.</summary>
public sealed class ForwardedHeadersTests
{
    private static readonly IPAddress Proxy = IPAddress.Loopback;
    private static readonly IPAddress Stranger = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task Clients_forwarded_by_a_loopback_proxy_are_limited_each_on_their_own()
    {
        await using var app = await KestrelApp.StartAsync(LimitOfTwo());
        using var proxy = app.ClientFrom(Proxy);

        var statuses = await StatusesAsync(proxy, "203.0.113.7", "203.0.113.7", "203.0.113.7", "198.51.100.9");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
        await ProblemAssert.IsProblemAsync(await SearchAsync(proxy, "203.0.113.7"), HttpStatusCode.TooManyRequests, "request.rate_limited");
    }

    [Fact]
    public async Task A_forged_forwarded_for_from_an_unknown_address_is_limited_by_its_connection()
    {
        var settings = new Dictionary<string, string?>(LimitOfTwo()) { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };
        await using var app = await KestrelApp.StartAsync(settings);
        using var stranger = app.ClientFrom(Stranger);
        using var proxy = app.ClientFrom(Proxy);

        var fromStranger = await StatusesAsync(stranger, "192.0.2.1", "192.0.2.2", "192.0.2.3");
        var fromProxy = await StatusesAsync(proxy, "192.0.2.3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], fromStranger);
        Assert.Equal([HttpStatusCode.OK], fromProxy);
    }

    [Fact]
    public async Task With_forwarded_headers_off_a_proxy_is_one_client()
    {
        var settings = new Dictionary<string, string?>(LimitOfTwo()) { ["ForwardedHeaders:Enabled"] = "false" };
        await using var app = await KestrelApp.StartAsync(settings);
        using var proxy = app.ClientFrom(Proxy);

        var statuses = await StatusesAsync(proxy, "203.0.113.7", "198.51.100.9", "192.0.2.1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("fd00::/8", true)]
    [InlineData("nginx.internal", false)]
    [InlineData("10.0.0.0/33", false)]
    public void Known_proxies_are_addresses_or_networks(string entry, bool valid)
    {
        var error = ForwardedHeadersPolicyOptions.Validate(new ForwardedHeadersPolicyOptions { KnownProxies = [entry] });

        Assert.Equal(valid, error is null);
        if (!valid)
        {
            Assert.Contains($"'{entry}'", error, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string?> LimitOfTwo() => new()
    {
        ["RateLimit:Enabled"] = "true",
        ["RateLimit:PermitLimit"] = "2",
        ["RateLimit:Window"] = "00:10:00",
    };

    /// <summary>One search per X-Forwarded-For value, in order.</summary>
    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, params string[] forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var response = await SearchAsync(client, address);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static async Task<HttpResponseMessage> SearchAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Urls.Search("法治"));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }
}
