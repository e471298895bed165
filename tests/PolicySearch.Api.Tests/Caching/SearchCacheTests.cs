using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Api.Caching;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Documents;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Api.Tests.Caching;

public sealed class SearchCacheTests
{
    [Fact]
    public async Task An_identical_search_is_served_from_the_cache_until_a_commit_changes_the_index()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?>());
        var refresher = app.Services.GetRequiredService<IndexRefresher>();
        await refresher.RefreshAsync(CancellationToken.None);

        var first = await app.Client.GetAsync(Urls.Search("法治"));
        var second = await app.Client.GetAsync(Urls.Search("法治"));
        var otherQuery = await app.Client.GetAsync(Urls.Search("法治", "size=5"));
        await AddDocumentAsync(app.Index.IndexPath);
        await refresher.RefreshAsync(CancellationToken.None);
        var afterCommit = await app.Client.GetAsync(Urls.Search("法治"));

        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "The second identical search should come from the cache.");
        Assert.False(otherQuery.Headers.Contains("Age"));
        Assert.False(afterCommit.Headers.Contains("Age"), "The commit should have evicted the cached search.");
        Assert.Equal(Total(await first.Content.ReadFromJsonAsync<JsonElement>()) + 1, Total(await afterCommit.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task A_cached_search_is_not_served_once_the_reader_has_a_newer_commit_even_before_eviction()
    {
        // Timers off: only the explicit check below refreshes the reader; nothing evicts the cache.
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?> { ["Index:RefreshInterval"] = "01:00:00" });
        var reader = app.Services.GetRequiredService<PolicyIndexReader>();

        var first = await app.Client.GetAsync(Urls.Search("法治"));
        var cached = await app.Client.GetAsync(Urls.Search("法治"));
        await AddDocumentAsync(app.Index.IndexPath);
        var beforeCheck = await app.Client.GetAsync(Urls.Search("法治"));
        Assert.True(reader.CheckForCommit());
        var afterCheck = await app.Client.GetAsync(Urls.Search("法治"));

        Assert.True(cached.Headers.Contains("Age"), "The second identical search should come from the cache.");
        Assert.True(beforeCheck.Headers.Contains("Age"), "Before the reader sees the commit, the cached answer is still right.");
        Assert.False(afterCheck.Headers.Contains("Age"), "The reader's newer generation should bypass the cached answer.");
        Assert.Equal(Total(await first.Content.ReadFromJsonAsync<JsonElement>()) + 1, Total(await afterCheck.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task The_watcher_check_evicts_the_cached_searches_when_the_generation_changes()
    {
        await using var app = await ConfiguredApp.StartAsync(new Dictionary<string, string?> { ["Index:RefreshInterval"] = "01:00:00" });
        var refresher = app.Services.GetRequiredService<IndexRefresher>();
        await refresher.CheckAsync(CancellationToken.None);
        await app.Client.GetAsync(Urls.Search("法治"));

        await refresher.CheckAsync(CancellationToken.None);
        var unchanged = app.Logs.Events.Count(e => e.MessageTemplate.Text.StartsWith("Index generation", StringComparison.Ordinal));
        await AddDocumentAsync(app.Index.IndexPath);
        await refresher.CheckAsync(CancellationToken.None);
        var evictions = app.Logs.Events.Count(e => e.MessageTemplate.Text.StartsWith("Index generation", StringComparison.Ordinal));

        Assert.Equal(unchanged + 1, evictions);
    }

    private static int Total(JsonElement results) => results.GetProperty("total").GetInt32();

    private static async Task AddDocumentAsync(string indexPath)
    {
        using var writer = PolicyIndexWriter.Open(new IndexOptions { Path = indexPath }, NullLogger.Instance);
        writer.AddOrUpdate(new PolicyDocument { Id = "doc-new-rule-of-law", Title = "关于法治乡村建设的意见", Body = "推进法治乡村建设。" });
        await writer.CommitAsync();
    }
}
