using System.Net;
using Microsoft.AspNetCore.Http;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Hostile;

/// <summary>
/// Links, seeds and redirects to loopback, private and link-local addresses are refused before any connection
/// unless the site file lists the host in allowPrivateHosts. Only the 127.0.0.1 fixture server is ever contacted.
/// </summary>
public sealed class AddressGuardTests : IAsyncLifetime
{
    private const string Detail = "<html><head><title>文件</title></head><body><h1>关于公开地址的通知</h1><p>发布日期：2024-01-02</p><div id=\"zoom\"><p>正文内容足够长，便于正文提取的启发式规则识别为正文。</p></div></body></html>";

    private static readonly string[] PrivateUrls =
    [
        "http://127.0.0.1/", "http://127.0.0.53:8080/", "http://2130706433/", "http://0x7f000001/", "http://localhost/", "http://localhost./",
        "http://LOCALHOST:8080/", "http://api.localhost/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/",
        "http://10.0.0.1/", "http://10.255.255.255/", "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/", "http://[fc00::1]/", "http://[fd12:3456:789a::1]/", "http://[fe80::1]/",
        "http://0.0.0.0/", "http://[::]/", "http://100.64.0.1/",
    ];

    private FixtureServer _server = null!;

    public async Task InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string> Private() => [.. PrivateUrls];

    [Theory]
    [MemberData(nameof(Private))]
    public async Task A_private_loopback_or_link_local_address_is_refused_by_default(string url)
    {
        var guard = new AddressGuard([]);

        Assert.False(await guard.IsAllowedAsync(new Uri(url), CancellationToken.None), url);
    }

    [Theory]
    [InlineData("http://93.184.216.34/")]
    [InlineData("http://172.32.0.1/")]
    [InlineData("http://192.169.0.1/")]
    [InlineData("http://[2606:4700:4700::1111]/")]
    public async Task A_public_address_literal_is_allowed_without_a_lookup(string url)
    {
        Assert.True(await new AddressGuard([]).IsAllowedAsync(new Uri(url), CancellationToken.None));
    }

    [Fact]
    public async Task Allowing_one_private_host_allows_that_host_and_no_other()
    {
        var guard = new AddressGuard(["127.0.0.1", "localhost:8080"]);

        Assert.True(await guard.IsAllowedAsync(new Uri("http://127.0.0.1:5000/a.html"), CancellationToken.None));
        Assert.True(await guard.IsAllowedAsync(new Uri("http://localhost:8080/a.html"), CancellationToken.None));
        Assert.False(await guard.IsAllowedAsync(new Uri("http://localhost:8081/a.html"), CancellationToken.None));
        Assert.False(await guard.IsAllowedAsync(new Uri("http://localhost/a.html"), CancellationToken.None));
        Assert.False(await guard.IsAllowedAsync(new Uri("http://127.0.0.2/a.html"), CancellationToken.None));
        Assert.False(await guard.IsAllowedAsync(new Uri("http://10.0.0.1/a.html"), CancellationToken.None));
        Assert.False(await guard.IsAllowedAsync(new Uri("http://[::1]/a.html"), CancellationToken.None));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.0", true)]
    [InlineData("172.15.255.255", false)]
    [InlineData("192.168.255.255", true)]
    [InlineData("169.254.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fc00::", true)]
    [InlineData("fdff:ffff::1", true)]
    [InlineData("fe80::1234", true)]
    [InlineData("::ffff:192.168.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Address_classes_are_classified_as_private_or_public(string address, bool isPrivate)
    {
        Assert.Equal(isPrivate, AddressGuard.IsPrivate(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task A_crawl_records_a_refusal_for_each_private_link_and_redirect_and_goes_on()
    {
        var port = _server.BaseUri.Port;
        string[] privateLinks =
        [
            "http://10.0.0.1/doc-ten.html", "http://192.168.1.1/doc-home.html", "http://169.254.169.254/doc-metadata.html",
            $"http://[::1]:{port}/doc-loopback-six.html", $"http://localhost:{port}/doc-localhost.html",
        ];
        var guard = new AddressGuard(["127.0.0.1"]);
        foreach (var link in privateLinks.Append("http://10.0.0.2/doc-redirected.html"))
        {
            Assert.False(await guard.IsAllowedAsync(new Uri(link), CancellationToken.None), $"The guard would connect to {link}; the crawl is not run.");
        }

        var links = string.Join(string.Empty, privateLinks.Append("/doc-redirect.html").Append("/doc-public.html").Select(link => $"<a href=\"{link}\">x</a>"));
        _server.Routes["/index.html"] = context => Html(context, $"<html><body>{links}</body></html>");
        _server.Routes["/doc-redirect.html"] = context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "http://10.0.0.2/doc-redirected.html";
            return Task.CompletedTask;
        };
        _server.Routes["/doc-public.html"] = context => Html(context, Detail);
        var site = CrawlerHarness.PlainSite(_server.BaseUri) with
        {
            Concurrency = 1,
            UseSitemaps = false,
            AllowPrivateHosts = ["127.0.0.1"],
            AllowedHosts = ["127.0.0.1", "10.0.0.1", "10.0.0.2", "192.168.1.1", "169.254.169.254", "[::1]", "localhost"],
        };
        using var harness = new CrawlerHarness(CrawlerHarness.FastOptions());
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(site, writer);

        Assert.Equal(6, report.ErrorsByKind["address_blocked"]);
        Assert.Equal(1, _server.Count("/doc-redirect.html"));
        Assert.Equal(0, _server.Count("/doc-loopback-six.html"));
        Assert.Equal(0, _server.Count("/doc-localhost.html"));
        Assert.Equal("关于公开地址的通知", Assert.Single(writer.Committed.Values).Title);
    }

    [Fact]
    public async Task A_seed_on_a_loopback_name_the_site_file_does_not_allow_is_refused_before_connecting()
    {
        _server.Routes["/doc-public.html"] = context => Html(context, Detail);
        var site = CrawlerHarness.PlainSite(_server.BaseUri) with
        {
            Seeds = [$"http://localhost:{_server.BaseUri.Port}/doc-public.html"],
            AllowedHosts = ["localhost"],
            AllowPrivateHosts = ["127.0.0.1"],
            UseSitemaps = false,
        };
        using var harness = new CrawlerHarness(CrawlerHarness.FastOptions());

        var report = await harness.CrawlAsync(site, new RecordingIndexWriter());

        Assert.Empty(_server.Requests);
        Assert.Equal(1, report.ErrorsByKind["address_blocked"]);
    }

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
