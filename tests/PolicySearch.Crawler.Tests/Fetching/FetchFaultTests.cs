using Microsoft.AspNetCore.Http;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Fetching;

/// <summary>How the crawler meets failing, hostile and odd servers (Kestrel on 127.0.0.1).</summary>
public sealed class FetchFaultTests : IAsyncLifetime
{
    private const string Detail = "<html><head><title>文件</title></head><body><h1>关于测试的通知</h1><p>发布日期：2024-01-02</p><div id=\"zoom\"><p>正文内容足够长，便于正文提取的启发式规则识别为正文。</p></div></body></html>";
    private FixtureServer _server = null!;

    public async Task InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_500_is_retried_and_the_following_200_is_indexed()
    {
        var calls = 0;
        _server.Routes["/doc-flaky.html"] = context => Interlocked.Increment(ref calls) == 1 ? Status(context, 500) : Html(context, Detail);

        var (report, writer) = await CrawlOneAsync("/doc-flaky.html");

        Assert.Equal(2, _server.Count("/doc-flaky.html"));
        Assert.Equal(1, report.NewDocuments);
        Assert.Equal("关于测试的通知", Assert.Single(writer.Committed.Values).Title);
    }

    [Fact]
    public async Task A_412_is_reported_as_anti_bot_never_retried_and_the_host_is_paused()
    {
        _server.Routes["/doc-blocked.html"] = context => Status(context, 412);
        _server.Routes["/doc-after.html"] = context => Html(context, Detail);

        var (report, _) = await CrawlOneAsync("/doc-blocked.html", "/doc-after.html");

        Assert.Equal(1, _server.Count("/doc-blocked.html"));
        Assert.Equal(0, _server.Count("/doc-after.html"));
        Assert.Equal(1, report.ErrorsByKind["anti_bot"]);
        Assert.Equal(("blocked", 2), (report.Stop, report.WaitingForBlock));
    }

    [Fact]
    public async Task A_challenge_page_is_detected_as_anti_bot()
    {
        _server.Routes["/doc-challenge.html"] = context => Html(context, "<html><script>document.cookie='__jsl_clearance=1';location.reload()</script></html>");

        var (report, writer) = await CrawlOneAsync("/doc-challenge.html");

        Assert.Equal(1, report.ErrorsByKind["anti_bot"]);
        Assert.Empty(writer.Committed);
    }

    [Fact]
    public async Task A_redirect_loop_is_detected()
    {
        _server.Routes["/doc-loop-a.html"] = context => Redirect(context, "/doc-loop-b.html");
        _server.Routes["/doc-loop-b.html"] = context => Redirect(context, "/doc-loop-a.html");

        var (report, _) = await CrawlOneAsync("/doc-loop-a.html");

        Assert.Equal(1, report.ErrorsByKind["redirect_loop"]);
    }

    [Fact]
    public async Task A_response_that_never_ends_times_out()
    {
        _server.Routes["/doc-endless.html"] = async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        };
        var options = CrawlerHarness.FastOptions();
        options.RequestTimeout = TimeSpan.FromMilliseconds(500);

        var (report, _) = await CrawlOneAsync(options, "/doc-endless.html");

        Assert.Equal(1, report.ErrorsByKind["timeout"]);
    }

    [Fact]
    public async Task An_oversized_response_is_capped()
    {
        _server.Routes["/doc-huge.html"] = async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 10; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        };

        var (report, _) = await CrawlOneAsync("/doc-huge.html");

        Assert.Equal(1, report.ErrorsByKind["too_large"]);
    }

    [Fact]
    public async Task Malformed_html_is_still_extracted()
    {
        _server.Routes["/doc-broken.html"] = context => Html(context, "<html><body><h1>残缺页面的标题<div id=zoom><p>没有闭合的段落<p>第二段<table><tr><td>单元格</body>");

        var (_, writer) = await CrawlOneAsync("/doc-broken.html");

        var document = Assert.Single(writer.Committed.Values);
        Assert.Contains("第二段", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_disallow_is_obeyed_and_crawl_delay_is_read()
    {
        _server.Routes["/robots.txt"] = context => Text(context, "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.05\n");
        _server.Routes["/private/doc-secret.html"] = context => Html(context, Detail);
        _server.Routes["/doc-open.html"] = context => Html(context, Detail.Replace("测试", "开放", StringComparison.Ordinal));

        var (report, writer) = await CrawlOneAsync("/private/doc-secret.html", "/doc-open.html");

        Assert.Equal(0, _server.Count("/private/doc-secret.html"));
        Assert.Equal(1, report.ErrorsByKind["robots_disallowed"]);
        Assert.Single(writer.Committed.Values);
    }

    [Fact]
    public async Task Loopback_addresses_are_refused_unless_the_site_allows_the_host()
    {
        _server.Routes["/doc-local.html"] = context => Html(context, Detail);
        using var harness = new CrawlerHarness();
        var site = Site("/doc-local.html") with { AllowPrivateHosts = [] };

        var report = await harness.CrawlAsync(site, new RecordingIndexWriter());

        Assert.Equal(0, _server.Count("/doc-local.html"));
        Assert.Equal(1, report.ErrorsByKind["address_blocked"]);
    }

    private Task<(CrawlReport, RecordingIndexWriter)> CrawlOneAsync(params string[] paths) => CrawlOneAsync(CrawlerHarness.FastOptions(), paths);

    private async Task<(CrawlReport, RecordingIndexWriter)> CrawlOneAsync(CrawlerOptions options, params string[] paths)
    {
        using var harness = new CrawlerHarness(options);
        var writer = new RecordingIndexWriter();
        var report = await harness.CrawlAsync(Site(paths), writer);
        return (report, writer);
    }

    private SiteDefinition Site(params string[] paths)
    {
        var links = string.Join(string.Empty, paths.Select(p => $"<a href=\"{p}\">x</a>"));
        _server.Routes["/index.html"] = context => Html(context, $"<html><body>{links}</body></html>");
        return CrawlerHarness.PlainSite(_server.BaseUri) with { Concurrency = 1, UseSitemaps = false };
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static Task Text(HttpContext context, string text)
    {
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
