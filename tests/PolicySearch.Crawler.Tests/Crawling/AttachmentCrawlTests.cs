using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using PolicySearch.Core.Documents;
using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Crawling;

/// <summary>
/// A crawl over Kestrel of a page with one attachment of every format (files made by real tools), served with the content
/// types real servers send (octet-stream for .wps and .et, a GB18030 .txt labelled UTF-8): each attachment becomes a
/// document with the parent's metadata, found by a phrase only it contains.
/// </summary>
public sealed class AttachmentCrawlTests : IAsyncLifetime
{
    private const string Issuer = "样例市数据局";

    /// <summary>File, content type served, and a phrase only that file contains.</summary>
    private static readonly (string File, string ContentType, string Phrase)[] Files =
    [
        ("notice.doc", "application/msword", "农村集体经营性建设用地入市试点"),
        ("notice.wps", "application/octet-stream", "城镇老旧小区改造专项资金"),
        ("permits.xls", "application/vnd.ms-excel", "行政许可事项清单第一百零八项"),
        ("fees.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "涉企收费目录清单"),
        ("families.et", "application/octet-stream", "低保边缘家庭名单"),
        ("rules.rtf", "application/rtf", "优化营商环境条例实施细则"),
        ("rules-gb18030.txt", "text/plain; charset=utf-8", "河道采砂管理办法"),
        ("guide-utf8.txt", "text/plain", "数字政府建设指引"),
        ("standard.ofd", "application/ofd", "电子公文版式文件交换规范"),
        ("bundle.zip", "application/zip", "垃圾分类宣传周活动安排"),
        ("bundle.rar", "application/x-rar-compressed", "义务教育学校招生范围"),
    ];

    private static readonly (string File, string ContentType, string Phrase)[] Pictures =
    [
        ("notice.jpg", "image/jpeg", "禁止燃放烟花爆竹通告"),
        ("notice.png", "image/png", "城区范围内全年禁止燃放"),
        ("scan.pdf", "application/pdf", "森林防火期野外用火"),
    ];

    private static readonly TesseractOcr Installed = new(new CrawlerOptions());

    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        Serve("/index.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<html><body><a href=\"/doc-attachments.html\">附件</a></body></html>"));
        var links = string.Concat(Files.Append(Pictures[0]).Append(Pictures[2]).Select(file => $"<p><a href=\"/files/{file.File}\">{file.File}</a></p>"));
        var page = $"""
            <html><head><title>关于公布各类附件的通知</title></head><body>
            <table><tr><td>发布机构：</td><td>{Issuer}</td><td>发布日期：</td><td>2024-05-06</td></tr></table>
            <h1>关于公布各类附件的通知</h1>
            <div id="zoomcon"><p>现将有关附件公布如下，请各单位对照执行。</p><img src="/files/notice.png" alt="通告图片"><img src="/images/icon.png" width="16" height="16">{links}</div>
            </body></html>
            """;
        Serve("/doc-attachments.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page));
        foreach (var (file, contentType, _) in Files.Concat(Pictures))
        {
            Serve("/files/" + file, contentType, File.ReadAllBytes(TestPaths.Attachment(file)));
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Every_attachment_format_is_read_into_a_document_with_the_parents_metadata_and_without_ocr_the_report_says_so()
    {
        using var harness = new CrawlerHarness(WithoutOcr());
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site(), writer);

        Assert.Equal("completed", report.Stop);
        var parent = writer.Committed.Values.Single(document => document.Title == "关于公布各类附件的通知");
        foreach (var (file, _, phrase) in Files)
        {
            var attachment = AttachmentWith(writer, phrase);
            Assert.Equal(_server.Url("/files/" + file).AbsoluteUri, attachment.Url);
            Assert.Equal(Issuer, attachment.Issuer);
            Assert.Equal(parent.PublishedDate, attachment.PublishedDate);
            Assert.Equal($"关于公布各类附件的通知（附件：{file}）", attachment.Title);
        }

        Assert.Equal(Files.Length, report.AttachmentsExtracted);
        Assert.Equal(Pictures.Length, report.ErrorsByKind["ocr_unavailable"]);
        Assert.False(report.OcrAvailable);
        Assert.Contains("not found", report.Ocr, StringComparison.Ordinal);
        Assert.Equal(0, _server.Count("/images/icon.png"));
    }

    [SkippableFact]
    public async Task Pictures_in_the_body_linked_pictures_and_scanned_pdfs_are_read_by_ocr()
    {
        Skip.IfNot(Installed.IsAvailable, "OCR: " + Installed.Status);
        using var harness = new CrawlerHarness(CrawlerHarness.FastOptionsWithOcr());
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site(), writer);

        Assert.True(report.OcrAvailable);
        Assert.Equal(Files.Length + Pictures.Length, report.AttachmentsExtracted);
        Assert.Equal("关于公布各类附件的通知（附件：通告图片）", AttachmentAt(writer, "notice.png").Title);
        Assert.All(Pictures, picture => Assert.Contains(picture.Phrase, AttachmentAt(writer, picture.File).Body, StringComparison.Ordinal));
        Assert.All(Pictures, picture => Assert.Equal(Issuer, AttachmentAt(writer, picture.File).Issuer));
    }

    [SkippableFact]
    public async Task Reextract_reads_stored_pictures_once_ocr_is_installed_without_fetching_them_again()
    {
        Skip.IfNot(Installed.IsAvailable, "OCR: " + Installed.Status);
        using var before = new CrawlerHarness(WithoutOcr());
        var writer = new RecordingIndexWriter();
        await before.CrawlAsync(Site(), writer);
        Assert.DoesNotContain(writer.Committed.Values, document => document.Body.Contains("森林防火期野外用火", StringComparison.Ordinal));
        _server.Requests.Clear();
        var after = new SiteCrawler(new ThrowingClients(), CrawlerHarness.FastOptionsWithOcr(), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

        var result = await after.ReextractAsync(Site(), writer, before.StateDirectory, CancellationToken.None);

        Assert.Empty(_server.Requests);
        Assert.Equal(Files.Length + Pictures.Length, result.AttachmentsRead);
        Assert.All(Pictures, picture => Assert.Contains(picture.Phrase, AttachmentAt(writer, picture.File).Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attachments_a_crawl_never_fetched_are_counted_by_reextract_and_fetched_by_the_next_crawl()
    {
        using var harness = new CrawlerHarness(WithoutOcr());
        var writer = new RecordingIndexWriter();
        var site = Site() with { RecrawlInterval = TimeSpan.FromDays(1) };
        await harness.CrawlAsync(site, writer);
        ForgetAttachment(harness, "/files/rules.rtf"); // as a crawl made before .rtf was read leaves the state
        writer.Delete(AttachmentWith(writer, "优化营商环境条例实施细则").Id);
        await writer.CommitAsync();

        var result = await harness.Crawler.ReextractAsync(site, writer, harness.StateDirectory, CancellationToken.None);
        var report = await harness.CrawlAsync(site, writer);

        Assert.Equal(1, result.AttachmentsAwaitingFetch);
        Assert.Equal((0, 0), (report.ReindexedDocuments, report.StaleDocumentsRemoved)); // the mark does not look like an index out of step
        Assert.Equal((0, 1), (report.NewDocuments, report.ChangedDocuments));
        Assert.Equal(Issuer, AttachmentWith(writer, "优化营商环境条例实施细则").Issuer);
    }

    private SiteDefinition Site() => CrawlerHarness.SampleSite(_server.BaseUri, "attachments") with { UseSitemaps = false, ObeyRobots = false };

    private static CrawlerOptions WithoutOcr()
    {
        var options = CrawlerHarness.FastOptions();
        options.OcrCommand = "/nonexistent/tesseract";
        options.MaxResponseBytes = 1024 * 1024;
        return options;
    }

    private static PolicyDocument AttachmentWith(RecordingIndexWriter writer, string phrase) =>
        Assert.Single(writer.Committed.Values, document => document.Body.Contains(phrase, StringComparison.Ordinal) && document.Title.Contains("附件：", StringComparison.Ordinal));

    private PolicyDocument AttachmentAt(RecordingIndexWriter writer, string file) =>
        Assert.Single(writer.Committed.Values, document => document.Url == _server.Url("/files/" + file).AbsoluteUri);

    private void ForgetAttachment(CrawlerHarness harness, string path)
    {
        using var connection = new SqliteConnection("Data Source=" + SiteCrawler.StatePath(harness.StateDirectory, "attachments"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM pages WHERE fetch_url = $url";
        command.Parameters.AddWithValue("$url", _server.Url(path).AbsoluteUri);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private void Serve(string path, string contentType, byte[] body) => _server.Routes[path] = context =>
    {
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    };

    /// <summary>An HTTP client factory for a re-extraction, which must not fetch anything.</summary>
    private sealed class ThrowingClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("re-extraction fetched");
    }
}
