using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using Serilog.Events;

namespace PolicySearch.Api.Tests.Admin;

/// <summary>Crawls through the admin API: a fixture site on a real Kestrel at 127.0.0.1, into the app's own index.</summary>
public sealed class AdminCrawlTests
{
    private static readonly TimeSpan CrawlTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_crawl_started_by_the_admin_api_ends_with_its_documents_searchable()
    {
        var root = TestIndex.MissingIndexRoot();
        await using var site = await FixtureSite.StartAsync(root);
        await using var app = await ConfiguredApp.StartAsync(Settings(site, root));

        var started = await StartCrawlAsync(app);
        var crawlId = started.GetProperty("id").GetString()!;
        await WaitForCrawlEndAsync(app, crawlId);
        var status = await app.Client.SendAsync(AdminEndpointsTests.WithKey(HttpMethod.Get, "/api/admin/crawls/" + crawlId, AdminEndpointsTests.Key));
        var search = await app.Client.GetAsync(Urls.Search("湿地保护"));
        var metrics = await app.Client.GetStringAsync("/metrics");

        var crawl = await status.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", crawl.GetProperty("state").GetString());
        Assert.Equal(2, crawl.GetProperty("newDocuments").GetInt32());
        var results = await search.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(results.GetProperty("total").GetInt32() > 0, results.ToString() + await (await app.Client.GetAsync("/health")).Content.ReadAsStringAsync());
        Assert.Equal("关于推进湿地保护修复的通知", results.GetProperty("hits")[0].GetProperty("title").GetString());
        Assert.Contains("policysearch_crawl_documents_total{change=\"new\"} 2", metrics, StringComparison.Ordinal);
        Assert.Contains("policysearch_crawls_total{outcome=\"completed\",trigger=\"admin\"} 1", metrics, StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_crawl_while_another_process_holds_the_write_lock_fails_with_index_locked()
    {
        var root = TestIndex.MissingIndexRoot();
        await using var site = await FixtureSite.StartAsync(root);
        await using var app = await ConfiguredApp.StartAsync(Settings(site, root));

        using (PolicyIndexWriter.Open(new IndexOptions { Path = app.Index.IndexPath }, NullLogger.Instance))
        {
            var started = await StartCrawlAsync(app);
            await WaitForCrawlEndAsync(app, started.GetProperty("id").GetString()!);
        }

        var list = await app.Client.SendAsync(AdminEndpointsTests.WithKey(HttpMethod.Get, "/api/admin/crawls", AdminEndpointsTests.Key));
        var crawl = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("crawls")[0];
        Assert.Equal("failed", crawl.GetProperty("state").GetString());
        Assert.Equal("index.locked", crawl.GetProperty("errorCode").GetString());
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_full_crawl_revisits_every_known_page_whatever_the_recrawl_interval_says()
    {
        var root = TestIndex.MissingIndexRoot();
        await using var site = await FixtureSite.StartAsync(root, recrawlInterval: "1.00:00:00");
        await using var app = await ConfiguredApp.StartAsync(Settings(site, root));

        var first = await CrawlToTheEndAsync(app, full: false);
        var incremental = await CrawlToTheEndAsync(app, full: false);
        var full = await CrawlToTheEndAsync(app, full: true);

        Assert.Equal((false, 2), (first.GetProperty("full").GetBoolean(), first.GetProperty("newDocuments").GetInt32()));
        Assert.True(full.GetProperty("full").GetBoolean());
        Assert.Equal("completed", full.GetProperty("state").GetString());
        // Both document pages are not due for a day: only the full crawl fetches them again (and finds them unchanged).
        Assert.Equal(incremental.GetProperty("pagesFetched").GetInt32() + 2, full.GetProperty("pagesFetched").GetInt32());
        Assert.Equal((0, 0), (full.GetProperty("newDocuments").GetInt32(), full.GetProperty("changedDocuments").GetInt32()));
        Directory.Delete(root, recursive: true);
    }

    private static async Task<JsonElement> CrawlToTheEndAsync(ConfiguredApp app, bool full)
    {
        var started = await StartCrawlAsync(app, full);
        var crawlId = started.GetProperty("id").GetString()!;
        await WaitForCrawlEndAsync(app, crawlId);
        var status = await app.Client.SendAsync(AdminEndpointsTests.WithKey(HttpMethod.Get, "/api/admin/crawls/" + crawlId, AdminEndpointsTests.Key));
        return await status.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Dictionary<string, string?> Settings(FixtureSite site, string root) => new()
    {
        ["Admin:ApiKey"] = AdminEndpointsTests.Key,
        ["Crawler:ConfigDirectory"] = site.ConfigDirectory,
        ["Crawler:StateDirectory"] = Path.Combine(root, "crawl-state"),
        ["Crawler:MaxRetries"] = "0",
    };

    private static async Task<JsonElement> StartCrawlAsync(ConfiguredApp app, bool full = false)
    {
        var request = AdminEndpointsTests.WithKey(HttpMethod.Post, "/api/admin/crawls", AdminEndpointsTests.Key);
        request.Content = JsonContent.Create(new { site = FixtureSite.Name, full });
        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<LogEvent> WaitForCrawlEndAsync(ConfiguredApp app, string crawlId) =>
        app.Logs.WaitForAsync(
            logEvent => logEvent.Properties.TryGetValue("CrawlId", out var id)
                && id is ScalarValue { Value: string value } && value == crawlId
                && (logEvent.MessageTemplate.Text.Contains(" ended ", StringComparison.Ordinal)
                    || logEvent.MessageTemplate.Text.Contains(" failed ", StringComparison.Ordinal)),
            CrawlTimeout);
}
