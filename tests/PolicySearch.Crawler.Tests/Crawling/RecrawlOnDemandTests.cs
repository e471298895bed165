using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Crawling;

/// <summary>crawl --full: every known document page is revisited now, conditionally, whatever recrawlInterval says.</summary>
public sealed class RecrawlOnDemandTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory _site = new();
    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        TestPaths.CopySampleSite(_site.Path);
        _server = await FixtureServer.StartAsync(_site.Path);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_full_crawl_revisits_pages_inside_the_recrawl_interval_and_finds_a_change()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = CrawlerHarness.SampleSite(_server.BaseUri) with { RecrawlInterval = TimeSpan.FromDays(7) };
        await harness.CrawlAsync(site, writer);
        var page = Directory.GetFiles(Path.Combine(_site.Path, "xxgk"), "t*.shtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var path = "/" + Path.GetRelativePath(_site.Path, page).Replace('\\', '/');
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page)).Replace("<ucapcontent>", "<ucapcontent><p>按需重新抓取发现的修改。</p>", StringComparison.Ordinal));

        var normal = await harness.CrawlAsync(site, writer);
        var fetchesBeforeFull = _server.Count(path);
        var full = await harness.Crawler.CrawlAsync(site, writer, harness.StateDirectory, new CrawlRequest { RevisitAll = true }, null, CancellationToken.None);

        // Every document page of the site, and the re-listed duplicate, is inside the interval.
        var pages = CrawlerHarness.SampleDocuments + CrawlerHarness.SampleDuplicates;
        Assert.Equal((0, pages), (normal.ChangedDocuments, normal.UnchangedDocuments));
        Assert.Equal(1, fetchesBeforeFull);
        Assert.True(full.RevisitedAll);
        Assert.Equal((1, pages - 1), (full.ChangedDocuments, full.UnchangedDocuments));
        Assert.Equal(2, _server.Count(path));
        Assert.Contains("按需重新抓取发现的修改", writer.Committed.Values.Single(d => d.Url!.EndsWith(Path.GetFileName(page), StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }
}
