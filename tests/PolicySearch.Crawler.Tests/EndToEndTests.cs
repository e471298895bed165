using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Search;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Crawler.Tests;

/// <summary>Crawls the sample site from Kestrel into a real index and searches it.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Crawled_documents_are_searchable_with_their_metadata()
    {
        using var index = new TemporaryDirectory();
        await using var server = await FixtureServer.StartAsync(TestPaths.SampleSite);
        using var harness = new CrawlerHarness();
        var options = new IndexOptions { Path = index.Path, RamBufferMB = 16 };
        CrawlReport report;
        using (var writer = PolicyIndexWriter.Open(options, NullLogger.Instance))
        {
            report = await harness.Crawler.CrawlAsync(CrawlerHarness.SampleSite(server.BaseUri), writer, harness.StateDirectory, new CrawlRequest(), null, CancellationToken.None);
        }

        using var reader = PolicyIndexReader.Open(options, NullLogger.Instance);
        var results = reader.Search(new SearchRequest("政府网站集约化试点工作方案"));

        Assert.Equal(CrawlerHarness.SampleDocuments, report.NewDocuments);
        var top = reader.FindDocument(results.Hits[0].Id)!;
        Assert.Equal("国务院办公厅关于印发《政府网站集约化试点工作方案》的通知", top.Title);
        Assert.Equal("国办函〔2018〕71号", top.DocumentNumber);
        Assert.Equal("国务院办公厅", top.Issuer);
        Assert.Equal(new DateOnly(2018, 10, 27), top.WrittenDate);
        Assert.StartsWith("000014349/2018-", top.IndexNumber, StringComparison.Ordinal);
        Assert.StartsWith("site-sample-", top.Id, StringComparison.Ordinal);
    }
}
