using System.Net.Http.Json;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;
using Serilog.Events;

namespace PolicySearch.Api.Tests.Admin;

/// <summary>With Crawler:Schedule:Enabled, serve recrawls a site on its recrawl interval, one crawl at a time.</summary>
public sealed class ScheduledCrawlTests
{
    [Fact]
    public async Task A_site_is_crawled_when_due_and_again_after_its_recrawl_interval()
    {
        var root = TestIndex.MissingIndexRoot();
        await using var site = await FixtureSite.StartAsync(root, recrawlInterval: "00:00:01");
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = AdminEndpointsTests.Key,
            ["Crawler:ConfigDirectory"] = site.ConfigDirectory,
            ["Crawler:StateDirectory"] = Path.Combine(root, "crawl-state"),
            ["Crawler:MaxRetries"] = "0",
            ["Crawler:Schedule:Enabled"] = "true",
            ["Crawler:Schedule:CheckInterval"] = "00:00:00.200",
            ["Crawler:Schedule:MinimumInterval"] = "00:00:00",
        });

        var first = await app.Logs.WaitForAsync(CrawlEnded, TimeSpan.FromSeconds(60));
        var second = await app.Logs.WaitForAsync(logEvent => CrawlEnded(logEvent) && CrawlId(logEvent) != CrawlId(first), TimeSpan.FromSeconds(60));
        var list = await app.Client.SendAsync(AdminEndpointsTests.WithKey(HttpMethod.Get, "/api/admin/crawls", AdminEndpointsTests.Key));
        var crawls = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("crawls").EnumerateArray().ToList();
        var search = await app.Client.GetFromJsonAsync<JsonElement>(Urls.Search("湿地保护"));

        Assert.NotEqual(CrawlId(first), CrawlId(second));
        Assert.True(crawls.Count(crawl => crawl.GetProperty("trigger").GetString() == "schedule") >= 2, list.ToString());
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Directory.Delete(root, recursive: true);
    }

    private static bool CrawlEnded(LogEvent logEvent) =>
        logEvent.Properties.ContainsKey("CrawlId") && logEvent.MessageTemplate.Text.Contains(" ended ", StringComparison.Ordinal);

    private static string? CrawlId(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("CrawlId", out var id) && id is ScalarValue { Value: string value } ? value : null;
}
