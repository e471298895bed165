using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Crawler.Tests.State;

/// <summary>
/// The crawl state never hides documents from an index: the sample site (Kestrel on 127.0.0.1) crawled into a real
/// Lucene index, then into a new one, a deleted one and a restored backup, with the same crawl state.
/// </summary>
public sealed class IndexReconciliationTests : IAsyncLifetime, IDisposable
{
    private const int SiteDocuments = CrawlerHarness.SampleDocuments;
    private const int SiteDocumentsWithAttachments = CrawlerHarness.SampleDocuments + CrawlerHarness.SampleAttachments;
    private readonly TemporaryDirectory _site = new();
    private readonly TemporaryDirectory _data = new();
    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        TestPaths.CopySampleSite(_site.Path);
        _server = await FixtureServer.StartAsync(_site.Path);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _site.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task A_new_empty_index_gets_every_document_from_the_stored_pages_without_fetching_them()
    {
        using var harness = new CrawlerHarness();
        await CrawlAsync(harness, "index");
        var before = _server.Requests.Count;

        var report = await CrawlAsync(harness, "index2");

        Assert.Equal(SiteDocuments, report.ReindexedDocuments);
        Assert.Equal(0, report.NewDocuments);
        Assert.Equal(SiteDocumentsWithAttachments, DocumentCount("index2"));
        Assert.DoesNotContain(_server.Requests.Skip(before), IsDocumentOrAttachment);
        Assert.Equal(SiteDocumentsWithAttachments, DocumentCount("index"));
    }

    [Fact]
    public async Task A_deleted_index_is_rebuilt_from_the_stored_pages()
    {
        using var harness = new CrawlerHarness();
        await CrawlAsync(harness, "index");
        Directory.Delete(IndexPath("index"), recursive: true);

        var report = await CrawlAsync(harness, "index");

        Assert.Equal(SiteDocuments, report.ReindexedDocuments);
        Assert.Equal(SiteDocumentsWithAttachments, DocumentCount("index"));
    }

    [Fact]
    public async Task A_restored_backup_gets_the_current_version_of_changed_pages_and_loses_removed_ones()
    {
        using var harness = new CrawlerHarness();
        await CrawlAsync(harness, "index");
        CopyDirectory(IndexPath("index"), IndexPath("backup"));
        var detail = Directory.GetFiles(Path.Combine(_site.Path, "xxgk"), "t*.shtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var (changed, gone) = (detail[0], detail[1]);
        await File.WriteAllTextAsync(changed, (await File.ReadAllTextAsync(changed)).Replace("<ucapcontent>", "<ucapcontent><p>备份之后新增的段落。</p>", StringComparison.Ordinal));
        File.Delete(gone);
        var after = await CrawlAsync(harness, "index", new CrawlRequest { RevisitAll = true });
        Assert.Equal((1, 1), (after.ChangedDocuments, after.RemovedDocuments));
        var current = DocumentCount("index");
        Directory.Delete(IndexPath("index"), recursive: true);
        CopyDirectory(IndexPath("backup"), IndexPath("index"));
        var before = _server.Requests.Count;

        var report = await CrawlAsync(harness, "index");

        Assert.Equal(1, report.ReindexedDocuments);
        Assert.Equal(1, report.StaleDocumentsRemoved);
        Assert.Equal(current, DocumentCount("index"));
        var gonePath = "/" + Path.GetRelativePath(_site.Path, gone).Replace('\\', '/');
        Assert.DoesNotContain(_server.Requests.Skip(before).Where(path => path != gonePath), IsDocumentOrAttachment); // the list still links the removed page
        using var reader = PolicyIndexReader.Open(Options("index"), NullLogger.Instance);
        Assert.Null(reader.FindDocument(IdOf(gone)));
        Assert.Contains("备份之后新增的段落", reader.FindDocument(IdOf(changed))!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_reextract_marked_for_an_attachment_never_fetched_is_filled_in_from_its_stored_body_and_read_again_by_the_crawl()
    {
        using var harness = new CrawlerHarness();
        await CrawlAsync(harness, "index");
        ForgetAttachment(harness, "fujian3.doc"); // as a crawl made before .doc was read leaves the state
        using (var writer = PolicyIndexWriter.Open(Options("index"), NullLogger.Instance))
        {
            var reextracted = await harness.Crawler.ReextractAsync(Site(), writer, harness.StateDirectory, CancellationToken.None);
            Assert.Equal(1, reextracted.AttachmentsAwaitingFetch);
        }

        var before = _server.Requests.Count;

        var report = await CrawlAsync(harness, "index2");

        Assert.Equal(SiteDocuments, report.ReindexedDocuments);
        Assert.Equal(0, report.StaleDocumentsRemoved);
        Assert.Equal((0, 1), (report.NewDocuments, report.ChangedDocuments));
        Assert.Equal(3, report.AttachmentsExtracted); // the changed page's PDF, DOCX and DOC
        Assert.Contains(_server.Requests.Skip(before), path => path.EndsWith("/fujian3.doc", StringComparison.Ordinal));
        Assert.Equal(SiteDocumentsWithAttachments, DocumentCount("index2"));
    }

    private string IdOf(string file) => DocumentIds.For("sample", UrlCanonicalizer.Key(_server.Url(Path.GetRelativePath(_site.Path, file).Replace('\\', '/'))));

    private async Task<CrawlReport> CrawlAsync(CrawlerHarness harness, string index, CrawlRequest? request = null)
    {
        using var writer = PolicyIndexWriter.Open(Options(index), NullLogger.Instance);
        return await harness.Crawler.CrawlAsync(Site(), writer, harness.StateDirectory, request ?? new CrawlRequest(), null, CancellationToken.None);
    }

    private static void ForgetAttachment(CrawlerHarness harness, string fileName)
    {
        using var connection = new SqliteConnection("Data Source=" + SiteCrawler.StatePath(harness.StateDirectory, "sample"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM pages WHERE fetch_url LIKE $url";
        command.Parameters.AddWithValue("$url", "%/" + fileName);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    /// <summary>Document pages inside the recrawl interval are not fetched, so any request for one would be a refetch.</summary>
    private SiteDefinition Site() => CrawlerHarness.SampleSite(_server.BaseUri) with { RecrawlInterval = TimeSpan.FromDays(1) };

    private int DocumentCount(string index)
    {
        using var reader = PolicyIndexReader.Open(Options(index), NullLogger.Instance);
        return reader.GetStatistics().DocumentCount;
    }

    private IndexOptions Options(string index) => new() { Path = IndexPath(index), RamBufferMB = 16 };

    private string IndexPath(string index) => Path.Combine(_data.Path, index);

    private static bool IsDocumentOrAttachment(string path) =>
        path.Contains("/content/", StringComparison.Ordinal) || path.Contains("/attachments/", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(path, @"/(t\d{8}_\d+\.shtml|art_\d+_\d+\.html|doc-[a-z0-9-]+\.html)$");

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
