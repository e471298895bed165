using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.State;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Hostile;

/// <summary>
/// A real crawl over a Kestrel site on 127.0.0.1 where some pages and attachments are hostile: each bad one is recorded
/// in the crawl state with its URL and a reason code and counted in the report; the good pages are indexed.
/// </summary>
public sealed class HostileSiteCrawlTests : IAsyncLifetime
{
    private static readonly string[] GoodPages = ["doc-good-one", "doc-good-two", "doc-attribute", "doc-pdf-bomb", "doc-pdf-pages", "doc-pdf-huge", "doc-docx-bomb", "doc-pdf-normal"];

    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
    private FixtureServer _server = null!;

    public async Task InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Each_hostile_page_and_attachment_is_recorded_with_its_url_and_reason_and_the_good_pages_are_indexed()
    {
        Serve("/index.html", "text/html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(GoodPages.Append("doc-deep").Append("doc-binary").Select(page => $"<a href=\"/{page}.html\">{page}</a>")) + "</body></html>"));
        ServeDetail("doc-good-one", "关于第一份正常文件的通知", string.Empty);
        ServeDetail("doc-good-two", "关于第二份正常文件的通知", string.Empty);
        ServeDetail("doc-attribute", "关于巨大属性的通知", $"<div data-x=\"{new string('x', 5_000_000)}\">属性</div>");
        ServeDetail("doc-pdf-bomb", "关于压缩炸弹附件的通知", "<a href=\"/files/bomb.pdf\">附件</a>");
        ServeDetail("doc-pdf-pages", "关于页数过多附件的通知", "<a href=\"/files/pages.pdf\">附件</a>");
        ServeDetail("doc-pdf-huge", "关于声明过大附件的通知", "<a href=\"/files/huge.pdf\">附件</a>");
        ServeDetail("doc-docx-bomb", "关于文档炸弹附件的通知", "<a href=\"/files/bomb.docx\">附件</a>");
        ServeDetail("doc-pdf-normal", "关于正常附件的通知", "<a href=\"/files/normal.pdf\">附件</a>");
        Serve("/doc-deep.html", "text/html", Encoding.UTF8.GetBytes("<html><body>" + new StringBuilder().Insert(0, "<div>", 200_000) + "深处</body></html>"));
        Serve("/doc-binary.html", "text/html", Enumerable.Range(0, 200_000).Select(i => (byte)((i * 7919) % 251)).ToArray());
        Serve("/files/bomb.pdf", "application/pdf", PdfSamples.FlateBomb(AttachmentText.MaxPdfInflatedBytes + (16 * 1024 * 1024)));
        Serve("/files/pages.pdf", "application/pdf", PdfSamples.ManyPages(AttachmentText.MaxPdfPages + 500));
        Serve("/files/normal.pdf", "application/pdf", PdfSamples.WithText("Attachment body text"));
        Serve("/files/bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxSamples.WithText(new string(' ', (int)AttachmentText.MaxDocxUncompressedBytes + 1024)));
        _server.Routes["/files/huge.pdf"] = context =>
        {
            // Declares 1 GB; the crawler refuses it from the header, before reading the body.
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = 1L << 30;
            return context.Response.Body.FlushAsync(context.RequestAborted);
        };
        var options = new CrawlerOptions { RequestTimeout = TimeSpan.FromSeconds(60), RetryBaseDelay = TimeSpan.FromMilliseconds(10), MaxRetries = 0, CommitEveryPages = 3, MaxResponseBytes = 8 * 1024 * 1024 };
        var site = CrawlerHarness.PlainSite(_server.BaseUri) with { UseSitemaps = false, Concurrency = 2 };
        using var harness = new CrawlerHarness(options);
        var writer = new RecordingIndexWriter();
        var clock = Stopwatch.StartNew();

        var report = await harness.CrawlAsync(site, writer);

        clock.Stop();
        using var store = CrawlStateStore.Open(SiteCrawler.StatePath(harness.StateDirectory, "sample"));
        var errors = store.Errors().Select(page => $"{new Uri(page.FetchUrl).AbsolutePath} {page.Error}").ToList();
        string[] expected =
        [
            "/doc-binary.html binary_content", "/doc-deep.html nesting_too_deep", "/files/bomb.docx attachment_bomb",
            "/files/bomb.pdf attachment_bomb", "/files/huge.pdf too_large", "/files/pages.pdf attachment_too_many_pages",
        ];
        Assert.Equal(expected, errors);
        Assert.Equal(expected, report.Failures.Select(failure => $"{new Uri(failure.Url).AbsolutePath} {failure.Reason}").Order(StringComparer.Ordinal));
        Assert.Equal(2, report.ErrorsByKind["attachment_bomb"]);
        Assert.Equal(6, report.ErrorsByKind.Values.Sum());
        Assert.Equal("completed", report.Stop);
        // Every good page, and the one readable attachment as a document of its own; nothing of the deep page.
        var titles = writer.Committed.Values.Select(document => document.Title).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(GoodPages.Length + 1, writer.Committed.Count);
        Assert.All(GoodPages, page => Assert.Contains(_titles[page], titles));
        Assert.Contains(writer.Committed.Values, document => document.Body.Contains("Attachment body text", StringComparison.Ordinal));
        Assert.DoesNotContain(writer.Committed.Values, document => document.Body.Contains("深处", StringComparison.Ordinal));

        // Generous: a loaded 2-core machine; without the guards the deep page alone takes minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"the crawl took {clock.Elapsed}");
    }

    private void ServeDetail(string page, string title, string extra)
    {
        _titles[page] = title;
        Serve(
        $"/{page}.html",
        "text/html; charset=utf-8",
        Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>发布日期：2024-01-02</p><div id=\"zoom\"><p>{title}的正文内容足够长，便于正文提取的启发式规则识别为正文。</p>{extra}</div></body></html>"));
    }

    private void Serve(string path, string contentType, byte[] body) => _server.Routes[path] = context =>
    {
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    };
}
