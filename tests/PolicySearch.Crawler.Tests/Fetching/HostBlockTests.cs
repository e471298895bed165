using Microsoft.AspNetCore.Http;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Fetching;

/// <summary>One URL answering 412 does not stall a site: the host is backed off from, across runs, and later runs fetch the pages never tried first.</summary>
public sealed class HostBlockTests : IAsyncLifetime
{
    private static string Detail(string name) => $"<html><head><title>文件</title></head><body><h1>关于{name}的通知</h1><p>发布日期：2024-01-02</p><div id=\"zoom\"><p>正文内容足够长，便于正文提取的启发式规则识别为正文：{name}。</p></div></body></html>";
    private static readonly string[] Pages = ["/doc-blocked.html", "/doc-b.html", "/doc-c.html", "/doc-d.html", "/doc-e.html"];
    private FixtureServer _server = null!;
    private volatile bool _blocking = true;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.Routes["/index.html"] = context => Html(context, "<html><body>" + string.Concat(Pages.Select(p => $"<a href=\"{p}\">x</a>")) + "</body></html>");
        foreach (var page in Pages)
        {
            _server.Routes[page] = context => _blocking && page == Pages[0] ? Status(context, 412) : Html(context, Detail(page.Trim('/')));
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_blocked_url_leaves_the_other_pages_waiting_and_the_host_is_not_asked_again_during_its_pause()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var first = await harness.CrawlAsync(Site(), writer);
        var second = await harness.CrawlAsync(Site(), writer);

        Assert.Equal("blocked", first.Stop);
        Assert.Equal(1, first.ErrorsByKind["anti_bot"]);
        Assert.False(first.ErrorsByKind.ContainsKey("host_paused"));
        Assert.Equal(Pages.Length, first.WaitingForBlock);
        var block = Assert.Single(first.Blocks);
        Assert.EndsWith(Pages[0], block.Url, StringComparison.Ordinal);
        Assert.Equal(("blocked", 0, Pages.Length), (second.Stop, second.PagesFetched, second.WaitingForBlock));
        Assert.Equal(1, _server.Count(Pages[0]));
        Assert.All(Pages.Skip(1), page => Assert.Equal(0, _server.Count(page)));
    }

    [Fact]
    public async Task After_the_pause_the_pages_never_tried_come_first_and_the_blocked_url_last()
    {
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        await harness.CrawlAsync(Site(), writer);

        var later = await CrawlAsync(harness.CrawlerLater(TimeSpan.FromHours(2)), harness, writer);

        Assert.Equal(Pages.Length - 1, later.NewDocuments);
        Assert.Equal(1, later.ErrorsByKind["anti_bot"]);
        Assert.Equal(1, later.WaitingForBlock);
        var order = _server.Requests.Where(Pages.Contains).ToList();
        Assert.Equal([Pages[0], .. Pages.Skip(1), Pages[0]], order);

        _blocking = false;
        var after = await CrawlAsync(harness.CrawlerLater(TimeSpan.FromHours(4)), harness, writer);

        Assert.Equal((1, 0), (after.NewDocuments, after.WaitingForBlock));
        Assert.Equal(Pages.Length, writer.Committed.Count);
        Assert.Equal(Pages[0], _server.Requests.Where(Pages.Contains).Last());
    }

    [Fact]
    public async Task A_page_whose_attachment_is_blocked_waits_instead_of_being_indexed_without_it()
    {
        _server.Routes["/index.html"] = context => Html(context, "<html><body><a href=\"/doc-att.html\">x</a></body></html>");
        _server.Routes["/doc-att.html"] = context => Html(context, Detail("附件").Replace("</body>", "<a href=\"/files/a.pdf\">附件一</a></body>", StringComparison.Ordinal));
        _server.Routes["/files/a.pdf"] = context => Status(context, 412);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site(), writer);

        Assert.Equal(("blocked", 0, 1), (report.Stop, report.NewDocuments, report.WaitingForBlock));
        Assert.Empty(writer.Committed);
        Assert.EndsWith("/files/a.pdf", Assert.Single(report.Blocks).Url, StringComparison.Ordinal);
    }

    private Task<CrawlReport> CrawlAsync(SiteCrawler crawler, CrawlerHarness harness, RecordingIndexWriter writer) =>
        crawler.CrawlAsync(Site(), writer, harness.StateDirectory, new CrawlRequest(), null, CancellationToken.None);

    private SiteDefinition Site() => CrawlerHarness.SampleSite(_server.BaseUri) with { Concurrency = 1, UseSitemaps = false, RecrawlInterval = TimeSpan.FromDays(1) };

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
