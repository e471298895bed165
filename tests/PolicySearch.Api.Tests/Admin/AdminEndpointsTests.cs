using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Admin;

public sealed class AdminEndpointsTests
{
    public const string Key = "test-admin-key-0123456789";

    [Fact]
    public async Task Without_a_configured_key_the_admin_api_does_not_exist()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?>());

        var list = await app.Client.GetAsync("/api/admin/crawls");
        var start = await app.Client.PostAsJsonAsync("/api/admin/crawls", new { site = "sample-site" });

        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.NotFound, "route.not_found");
        await ProblemAssert.IsProblemAsync(start, HttpStatusCode.NotFound, "route.not_found");
    }

    [Fact]
    public async Task A_missing_or_wrong_key_is_answered_401()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?> { ["Admin:ApiKey"] = Key });

        var missing = await app.Client.GetAsync("/api/admin/crawls");
        var wrong = await app.Client.SendAsync(WithKey(HttpMethod.Get, "/api/admin/crawls", Key + "x"));
        var refresh = await app.Client.PostAsync("/api/admin/refresh", null);

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.Unauthorized, "admin.unauthorized");
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Unauthorized, "admin.unauthorized");
        await ProblemAssert.IsProblemAsync(refresh, HttpStatusCode.Unauthorized, "admin.unauthorized");
    }

    [Fact]
    public async Task With_the_key_status_and_refresh_answer_200()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?> { ["Admin:ApiKey"] = Key });

        var list = await app.Client.SendAsync(WithKey(HttpMethod.Get, "/api/admin/crawls", Key));
        var refresh = await app.Client.SendAsync(WithKey(HttpMethod.Post, "/api/admin/refresh", Key));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var status = await list.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, status.GetProperty("crawls").GetArrayLength());
        Assert.False(status.GetProperty("scheduleEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = await refresh.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TestDocuments.All.Count, refreshed.GetProperty("documentCount").GetInt32());
    }

    [Theory]
    [InlineData("{\"site\":\"../etc/passwd\"}", HttpStatusCode.BadRequest, "request.invalid")]
    [InlineData("{}", HttpStatusCode.BadRequest, "request.invalid")]
    [InlineData("{\"site\":\"no-such-site\"}", HttpStatusCode.NotFound, "crawler.site_not_found")]
    public async Task A_crawl_of_an_unknown_or_malformed_site_is_refused(string body, HttpStatusCode status, string code)
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?> { ["Admin:ApiKey"] = Key });
        var request = WithKey(HttpMethod.Post, "/api/admin/crawls", Key);
        request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await app.Client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, status, code);
    }

    public static HttpRequestMessage WithKey(HttpMethod method, string url, string key)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-Api-Key", key);
        return request;
    }
}
