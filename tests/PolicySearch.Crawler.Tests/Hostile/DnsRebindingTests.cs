using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Hostile;

/// <summary>
/// Names are resolved once, through a resolver seam (never the real DNS here), checked, and the connection goes to the
/// checked address: a name that answers public at check time and private at connect time cannot reach the private one.
/// Only the 127.0.0.1 fixture server is ever contacted; the "public" answers are never connected to (a fake opener records them).
/// </summary>
public sealed class DnsRebindingTests : IAsyncLifetime
{
    private const string Detail = "<html><head><title>文件</title></head><body><h1>关于解析地址的通知</h1><p>发布日期：2024-01-02</p><div id=\"zoom\"><p>正文内容足够长，便于正文提取的启发式规则识别为正文。</p></div></body></html>";
    private static readonly string[] Public = ["203.0.113.10"];
    private static readonly string[] Loopback = ["127.0.0.1"];

    private FixtureServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureServer.StartAsync();
        _server.Routes["/doc-public.html"] = context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(Detail, context.RequestAborted);
        };
        _server.Routes["/index.html"] = context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<html><body><a href=\"/doc-public.html\">文件</a></body></html>", context.RequestAborted);
        };
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("intranet.example.test", "10.0.0.5")]
    [InlineData("metadata.example.test", "169.254.169.254")]
    [InlineData("mixed.example.test", "93.184.216.34,127.0.0.1")]
    [InlineData("six.example.test", "::1")]
    public async Task A_name_with_any_private_answer_is_refused_naming_the_host_and_the_address(string host, string answer)
    {
        var resolver = new MappedResolver().Map(host, answer.Split(','));

        var verdict = await new AddressGuard([], resolver).CheckAsync(host, 80, CancellationToken.None);

        Assert.Equal(FetchOutcome.AddressBlocked, verdict.Refusal);
        Assert.Contains(host, verdict.Reason, StringComparison.Ordinal);
        Assert.Contains(answer.Split(',').Last(), verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_refused_as_host_not_found_instead_of_let_through()
    {
        var verdict = await new AddressGuard([], new MappedResolver()).CheckAsync("nowhere.example.test", 80, CancellationToken.None);

        Assert.Equal(FetchOutcome.HostNotFound, verdict.Refusal);
        Assert.Contains("nowhere.example.test does not resolve", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebinding_name_is_resolved_once_and_the_connection_goes_to_the_address_that_was_checked()
    {
        var resolver = new MappedResolver().Map("rebind.example.test", Public, Loopback);
        var guard = new AddressGuard([], resolver);
        var opened = new List<IPEndPoint>();

        Assert.True(await guard.IsAllowedAsync(new Uri("http://rebind.example.test/a.html"), CancellationToken.None));
        await using var stream = await GuardedConnection.ConnectAsync(guard, new DnsEndPoint("rebind.example.test", 80), Record(opened), CancellationToken.None);

        Assert.Equal(new IPEndPoint(IPAddress.Parse(Public[0]), 80), Assert.Single(opened));
        Assert.Equal(1, resolver.Lookups("rebind.example.test"));
    }

    [Fact]
    public async Task A_name_whose_first_answer_is_private_is_refused_at_connect_without_opening_anything()
    {
        var resolver = new MappedResolver().Map("rebind.example.test", Loopback, Public);
        var opened = new List<IPEndPoint>();

        var refused = await Assert.ThrowsAsync<AddressRefusedException>(async () =>
            await GuardedConnection.ConnectAsync(new AddressGuard([], resolver), new DnsEndPoint("rebind.example.test", 80), Record(opened), CancellationToken.None));

        Assert.Empty(opened);
        Assert.Equal(FetchOutcome.AddressBlocked, refused.Verdict.Refusal);
    }

    [Fact]
    public async Task Without_an_allow_list_entry_no_name_reaches_the_loopback_server_in_a_crawl()
    {
        var port = _server.BaseUri.Port;
        var resolver = new MappedResolver().Map("mapped.example.test", Loopback).Map("localhost", Loopback);
        var site = CrawlerHarness.PlainSite(_server.BaseUri) with
        {
            Seeds = [$"http://localhost:{port}/doc-public.html", $"http://mapped.example.test:{port}/doc-public.html", $"http://nowhere.example.test:{port}/doc-public.html"],
            AllowedHosts = ["localhost", "mapped.example.test", "nowhere.example.test"],
            AllowPrivateHosts = [],
            UseSitemaps = false,
        };
        using var harness = new CrawlerHarness(CrawlerHarness.FastOptions(), resolver);

        var report = await harness.CrawlAsync(site, new RecordingIndexWriter());

        Assert.Empty(_server.Requests);
        Assert.Equal(2, report.ErrorsByKind["address_blocked"]);
        Assert.Equal(1, report.ErrorsByKind["host_not_found"]);
    }

    [Fact]
    public async Task The_crawler_http_client_refuses_a_private_answer_at_connect_even_without_the_check_before_sending()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new CrawlerOptions { RequestTimeout = TimeSpan.FromSeconds(5), MaxRetries = 0 });
        services.AddCrawlerHttpClient();
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(CrawlerHttp.ClientName);
        var resolver = new MappedResolver().Map("mapped.example.test", Loopback);
        using var named = new HttpRequestMessage(HttpMethod.Get, $"http://mapped.example.test:{_server.BaseUri.Port}/doc-public.html");
        named.Options.Set(AddressGuard.RequestOption, new AddressGuard([], resolver));
        using var literal = new HttpRequestMessage(HttpMethod.Get, _server.Url("/doc-public.html"));

        var byName = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(named));
        var withoutGuard = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(literal));

        Assert.NotNull(AddressRefusedException.Find(byName));
        Assert.NotNull(AddressRefusedException.Find(withoutGuard));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_name_the_site_file_allows_is_fetched_from_the_address_the_resolver_gave()
    {
        var resolver = new MappedResolver().Map("mapped.example.test", Loopback);
        var site = CrawlerHarness.PlainSite(_server.BaseUri) with
        {
            Seeds = [$"http://mapped.example.test:{_server.BaseUri.Port}/index.html"],
            AllowedHosts = ["mapped.example.test"],
            AllowPrivateHosts = ["mapped.example.test"],
            UseSitemaps = false,
        };
        using var harness = new CrawlerHarness(CrawlerHarness.FastOptions(), resolver);
        var writer = new RecordingIndexWriter();

        await harness.CrawlAsync(site, writer);

        // The system resolver knows no such name: the page came through the address the guard resolved.
        Assert.Equal("关于解析地址的通知", Assert.Single(writer.Committed.Values).Title);
        Assert.Equal(1, _server.Count("/doc-public.html"));
    }

    private static Func<IPEndPoint, CancellationToken, ValueTask<Stream>> Record(List<IPEndPoint> opened) => (endpoint, _) =>
    {
        opened.Add(endpoint);
        return ValueTask.FromResult<Stream>(new MemoryStream());
    };
}
