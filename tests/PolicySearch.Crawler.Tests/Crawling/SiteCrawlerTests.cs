using System.Text;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Crawling;

/// <summary>Crawls of the sample site served by Kestrel on 127.0.0.1.</summary>
public sealed class SiteCrawlerTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory _site = new();
    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        TestPaths.CopySampleSite(_site.Path);
        _server = await FixtureServer.StartAsync(_site.Path);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Crawl_follows_trs_paging_and_list_links_and_indexes_every_document_with_attachments()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(CrawlerHarness.SampleSite(_server.BaseUri), writer);

        Assert.Equal("completed", report.Stop);
        Assert.Equal(CrawlerHarness.SampleDocuments, report.NewDocuments);
        Assert.Equal(CrawlerHarness.SampleAttachments, report.AttachmentsExtracted);
        Assert.Equal(new Dictionary<string, int> { ["jpg"] = 1, ["png"] = 1, ["pdf"] = 1 }, report.AttachmentsNotExtracted); // OCR is off
        Assert.Equal(new Dictionary<string, int> { ["ocr_unavailable"] = CrawlerHarness.SampleOcrAttachments }, report.ErrorsByKind);
        Assert.Equal(1, _server.Count("/zhengce/index_2.shtml"));
        Assert.Equal(1, _server.Count("/xxgk/xxgk_list_2.shtml"));
        Assert.Equal(1, _server.Count("/sitemap.xml"));
        Assert.Equal(CrawlerHarness.SampleDocuments + CrawlerHarness.SampleAttachments, writer.Committed.Count);
        Assert.Equal(CrawlerHarness.SampleDuplicates, report.DuplicateDocuments);
        Assert.Equal(CrawlerHarness.SamplePages, report.PagesFetched);
        var pdf = Assert.Single(writer.Committed.Values, d => d.Url!.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains("Applications are filed online", pdf.Body, StringComparison.Ordinal);
        Assert.Equal(pdf.Extra!.Value.GetProperty("parentId").GetString(), writer.Committed.Values.Single(d => d.Id == pdf.Extra.Value.GetProperty("parentId").GetString()).Id);
        var parent = writer.Committed[pdf.Extra.Value.GetProperty("parentId").GetString()!];
        Assert.Equal(3, parent.Extra!.Value.GetProperty("attachments").GetArrayLength());
        Assert.Equal(pdf.DocumentNumber, parent.DocumentNumber);
        var doc = Assert.Single(writer.Committed.Values, d => d.Url!.EndsWith("fujian3.doc", StringComparison.Ordinal));
        Assert.Contains("自新版启用之日起停止使用", doc.Body, StringComparison.Ordinal);
        Assert.Equal(parent.Id, doc.Extra!.Value.GetProperty("parentId").GetString());
    }

    [Fact]
    public async Task Gbk_pages_declared_gb2312_come_out_right()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        await harness.CrawlAsync(CrawlerHarness.SampleSite(_server.BaseUri), writer);

        var gbk = writer.Committed.Values.Where(d => d.Url!.Contains("/gbk/", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, gbk.Count);
        var file = Directory.GetFiles(Path.Combine(_site.Path, "gbk", "art"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var expected = System.Text.RegularExpressions.Regex.Match(CodePages().GetString(File.ReadAllBytes(file)), "<div class=\"title\">(.*?)</div>").Groups[1].Value;
        var document = gbk.Single(d => d.Url!.EndsWith(Path.GetFileName(file), StringComparison.Ordinal));
        Assert.Equal(System.Net.WebUtility.HtmlDecode(expected), document.Title);
        Assert.DoesNotContain('\uFFFD', document.Body);
        Assert.Equal(@"司法行政\政府法治", document.Topic);
        Assert.Null(document.WrittenDate);
        Assert.NotNull(document.PublishedDate);
        Assert.Null(document.IndexNumber);
    }

    [Fact]
    public async Task Recrawl_sends_conditional_gets_reindexes_changed_pages_and_removes_gone_ones()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = CrawlerHarness.SampleSite(_server.BaseUri);
        await harness.CrawlAsync(site, writer);
        var detail = Directory.GetFiles(Path.Combine(_site.Path, "xxgk"), "t*.shtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var changed = detail[0];
        var gone = detail[1];
        await File.WriteAllTextAsync(changed, (await File.ReadAllTextAsync(changed)).Replace("<ucapcontent>", "<ucapcontent><p>新增修订段落。</p>", StringComparison.Ordinal));
        File.Delete(gone);
        var goneId = writer.Committed.Values.Single(d => d.Url!.EndsWith(Path.GetFileName(gone), StringComparison.Ordinal)).Id;

        var report = await harness.CrawlAsync(site, writer);

        Assert.Equal(0, report.NewDocuments);
        Assert.Equal(1, report.ChangedDocuments);
        Assert.Equal(1, report.RemovedDocuments);
        Assert.Equal(CrawlerHarness.SampleDocuments + CrawlerHarness.SampleDuplicates - 2, report.UnchangedDocuments);
        Assert.DoesNotContain(goneId, writer.Committed.Keys);
        Assert.Contains("新增修订段落", writer.Committed.Values.Single(d => d.Url!.EndsWith(Path.GetFileName(changed), StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_crawl_resumes_without_refetching_checkpointed_pages()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = CrawlerHarness.SampleSite(_server.BaseUri) with { Concurrency = 1 };
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(snapshot =>
        {
            if (snapshot.PagesFetched >= 12)
            {
                cancel.Cancel();
            }
        });

        var first = await harness.CrawlAsync(site, writer, progress: progress, cancellationToken: cancel.Token);
        var firstRequests = _server.Requests.Where(p => p.EndsWith("htm", StringComparison.Ordinal) || p.EndsWith("html", StringComparison.Ordinal)).ToHashSet();
        _server.Requests.Clear();
        var second = await harness.CrawlAsync(site, writer);

        Assert.Equal("cancelled", first.Stop);
        Assert.True(second.Resumed);
        Assert.Equal("completed", second.Stop);
        Assert.Equal(CrawlerHarness.SampleDocuments, writer.Committed.Values.Count(d => !d.Title.Contains("（附件：", StringComparison.Ordinal)));
        Assert.True(first.PagesFetched + second.PagesFetched <= CrawlerHarness.SamplePages + 2, $"fetched {first.PagesFetched} + {second.PagesFetched}");
        Assert.Contains(firstRequests, path => !_server.Requests.Contains(path));
    }

    [Fact]
    public async Task Max_pages_stops_the_run_and_the_next_run_goes_on()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = CrawlerHarness.SampleSite(_server.BaseUri);

        var first = await harness.CrawlAsync(site, writer, maxPages: 10);
        var second = await harness.CrawlAsync(site, writer);

        Assert.Equal("max_pages", first.Stop);
        Assert.Equal(10, first.PagesFetched);
        Assert.True(second.Resumed);
        Assert.Equal(CrawlerHarness.SampleDocuments, first.NewDocuments + second.NewDocuments);
    }

    [Fact]
    public async Task The_same_content_at_two_urls_is_one_document()
    {
        var original = Directory.GetFiles(Path.Combine(_site.Path, "xxgk"), "t*.shtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.Copy(original, Path.Combine(_site.Path, "xxgk", "doc-copy.html"));
        var list = Path.Combine(_site.Path, "xxgk", "xxgk_list.shtml");
        await File.WriteAllTextAsync(list, (await File.ReadAllTextAsync(list)).Replace("</ul>", "<li><a href=\"doc-copy.html\">copy</a></li></ul>", StringComparison.Ordinal));
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(CrawlerHarness.SampleSite(_server.BaseUri), writer);

        Assert.Equal(CrawlerHarness.SampleDuplicates + 1, report.DuplicateDocuments);
        Assert.Equal(CrawlerHarness.SampleDocuments, report.NewDocuments);
    }

    [Fact]
    public async Task Reextract_rebuilds_documents_from_stored_pages_without_fetching()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = CrawlerHarness.SampleSite(_server.BaseUri);
        await harness.CrawlAsync(site, writer);
        _server.Requests.Clear();
        var fixedSite = site with { Selectors = site.Selectors with { Issuer = "title" } };

        var report = await harness.Crawler.ReextractAsync(fixedSite, writer, harness.StateDirectory, CancellationToken.None);

        Assert.Equal(CrawlerHarness.SampleDocuments, report.Documents);
        Assert.Empty(_server.Requests);
        // The pages of the first three sections end their <title> with the site's name.
        var firstSections = writer.Committed.Values.Where(d => !d.Url!.Contains("/art_12", StringComparison.Ordinal) && !d.Url.Contains("/gkmlpt/", StringComparison.Ordinal)).ToList();
        Assert.Equal(36 + CrawlerHarness.SampleAttachments, firstSections.Count);
        Assert.All(firstSections, d => Assert.EndsWith("样例市人民政府", d.Issuer, StringComparison.Ordinal));
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private sealed class SynchronousProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
