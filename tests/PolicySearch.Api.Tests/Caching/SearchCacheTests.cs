using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Api.Caching;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Documents;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;

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

    private static int Total(JsonElement results) => results.GetProperty("total").GetInt32();

    private static async Task AddDocumentAsync(string indexPath)
    {
        using var writer = PolicyIndexWriter.Open(new IndexOptions { Path = indexPath }, NullLogger.Instance);
        writer.AddOrUpdate(new PolicyDocument { Id = "doc-new-rule-of-law", Title = "关于法治乡村建设的意见", Body = "推进法治乡村建设。" });
        await writer.CommitAsync();
    }
}
