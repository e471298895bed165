using Microsoft.AspNetCore.Http;
using PolicySearch.Core.Documents;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Crawling;

/// <summary>Lists that are data (Hanweb jpage, gkmlpt JSON API, links in scripts), served by Kestrel on 127.0.0.1.</summary>
public sealed class DataListCrawlTests : IAsyncLifetime
{
    private FixtureServer _server = null!;

    public async Task InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_hanweb_column_is_read_from_its_datastore_records_and_its_data_proxy_pages()
    {
        ListFixtureSite.ServeHanweb(_server);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site("hanweb", "col/col1229/index.html"), writer);

        Assert.Equal("completed", report.Stop);
        Assert.Empty(report.ErrorsByKind);
        Assert.Equal(ListFixtureSite.HanwebArticles, report.NewDocuments);
        Assert.Equal(
            ["startrecord=1&endrecord=4", "startrecord=5&endrecord=8", "startrecord=9&endrecord=12"],
            ProxyRequests().Select(query => string.Join('&', query.Split('&').Take(2))).Order(StringComparer.Ordinal));
        Assert.All(ProxyRequests(), query => Assert.Contains("columnid=1229&unitid=4012237", query, StringComparison.Ordinal));
        var last = Document(writer, "样例市住房公积金管理办法");
        Assert.Equal(new DateOnly(2021, 2, 9), last.WrittenDate);
        Assert.Equal("样政发〔2021〕5009号", last.DocumentNumber);
    }

    [Fact]
    public async Task A_jpage_template_in_the_site_file_is_paged_up_to_the_total_the_answer_declares()
    {
        ListFixtureSite.ServeHanweb(_server);
        _server.Routes["/index.html"] = context => context.Response.WriteAsync("<html><body>首页</body></html>", context.RequestAborted);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = Site("hanweb-template", "index.html") with
        {
            List = new ListRules
            {
                Jpage = new JpageRules
                {
                    PerPage = 4,
                    UrlTemplates = ["/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={end}&perpage={perPage}&columnid=1229&unitid=4012237&webid=3096"],
                },
            },
        };

        var report = await harness.CrawlAsync(site, writer);

        Assert.Equal(ListFixtureSite.HanwebArticles, report.NewDocuments);
        Assert.Equal(3, ProxyRequests().Count);
    }

    [Fact]
    public async Task A_gkmlpt_json_api_reaches_every_document_with_list_metadata_and_validity_from_page_data()
    {
        ListFixtureSite.ServeGkmlpt(_server);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(GkmlptSite(total: "total"), writer);

        Assert.Equal("completed", report.Stop);
        Assert.Empty(report.ErrorsByKind);
        Assert.Equal(ListFixtureSite.GkmlptDocuments, report.NewDocuments);
        Assert.Equal(2, _server.Count("/gkmlpt/api/all/0"));
        var abolished = writer.Committed.Values.Single(d => d.Url!.EndsWith($"post_{ListFixtureSite.AbolishedId}.html", StringComparison.Ordinal));
        Assert.Equal(Validity.Repealed, abolished.Validity);
        Assert.Equal("已废止", abolished.ValidityText);
        Assert.Equal("样府规〔2021〕4号", abolished.DocumentNumber);
        Assert.Equal(new DateOnly(2021, 5, 9), abolished.PublishedDate);
        Assert.Equal("规范性文件", abolished.Topic);
        Assert.Equal(new DateOnly(2021, 5, 1), abolished.WrittenDate);
        var origins = abolished.Extra!.Value.GetProperty("fieldOrigins");
        Assert.Equal("list", origins.GetProperty("documentNumber").GetString());
        Assert.Equal("pageData", origins.GetProperty("validity").GetString());
        Assert.Equal("labels", origins.GetProperty("topic").GetString());
        Assert.Equal(Validity.Repealed, writer.Committed.Values.Single(d => d.Url!.EndsWith($"post_{ListFixtureSite.ExpiredId}.html", StringComparison.Ordinal)).Validity);
        Assert.Equal(5, writer.Committed.Values.Count(d => d.Validity == Validity.Valid));
    }

    [Fact]
    public async Task Reextraction_uses_the_metadata_the_json_list_gave()
    {
        ListFixtureSite.ServeGkmlpt(_server);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();
        var site = GkmlptSite(total: "total");
        await harness.CrawlAsync(site, writer);
        _server.Requests.Clear();

        var report = await harness.Crawler.ReextractAsync(site, writer, harness.StateDirectory, CancellationToken.None);

        Assert.Equal(ListFixtureSite.GkmlptDocuments, report.Documents);
        Assert.Empty(_server.Requests);
        Assert.All(writer.Committed.Values, d => Assert.StartsWith("样府规〔2021〕", d.DocumentNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_index_gets_the_metadata_the_json_list_gave_from_the_stored_pages()
    {
        ListFixtureSite.ServeGkmlpt(_server);
        using var harness = new CrawlerHarness();
        var site = GkmlptSite(total: "total") with { RecrawlInterval = TimeSpan.FromDays(1) };
        await harness.CrawlAsync(site, new RecordingIndexWriter());
        _server.Requests.Clear();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(site, writer);

        Assert.Equal(ListFixtureSite.GkmlptDocuments, report.ReindexedDocuments);
        Assert.DoesNotContain(_server.Requests, path => path.Contains("/gkmlpt/content/", StringComparison.Ordinal));
        Assert.Equal(ListFixtureSite.GkmlptDocuments, writer.Committed.Count);
        Assert.All(writer.Committed.Values, d => Assert.StartsWith("样府规〔2021〕", d.DocumentNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_json_list_without_a_declared_total_is_read_until_a_page_has_no_items()
    {
        ListFixtureSite.ServeGkmlpt(_server);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(GkmlptSite(total: null), writer);

        Assert.Equal(ListFixtureSite.GkmlptDocuments, report.NewDocuments);
        Assert.Equal(3, _server.Count("/gkmlpt/api/all/0"));
        Assert.Empty(report.ErrorsByKind);
    }

    [Fact]
    public async Task A_json_answer_no_api_describes_is_unsupported_content()
    {
        ListFixtureSite.ServeGkmlpt(_server);
        using var harness = new CrawlerHarness();
        var site = Site("gkmlpt-bare", "gkmlpt/api/all/0?page=1&sid=755") with { Detail = new DetailRules { UrlPatterns = [@"/post_\d+\.html$"] } };

        var report = await harness.CrawlAsync(site, new RecordingIndexWriter());

        Assert.Equal(1, report.ErrorsByKind["unsupported_content"]);
    }

    [Fact]
    public async Task Links_in_scripts_and_data_attributes_are_followed_only_when_the_site_asks()
    {
        ListFixtureSite.ServeScripted(_server);
        using var harness = new CrawlerHarness();
        var site = Site("scripted", "jbkzzx/c100009/list.html") with { Detail = new DetailRules { UrlPatterns = [@"/t\d{8}_\d+\.html$"] } };

        var without = await harness.CrawlAsync(site, new RecordingIndexWriter());
        var with = await harness.CrawlAsync(site with { Name = "scripted-on", List = new ListRules { ScriptLinks = true } }, new RecordingIndexWriter());

        Assert.Equal(0, without.NewDocuments);
        Assert.Equal(3, with.NewDocuments);
    }

    [Fact]
    public async Task A_detail_url_given_as_a_seed_is_indexed_as_a_document()
    {
        ListFixtureSite.ServeHanweb(_server);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site("detail-seed", ListFixtureSite.ArticlePath(1229, 0).TrimStart('/')), writer);

        Assert.Equal(1, report.NewDocuments);
        Assert.Equal("关于印发样例市优化营商环境若干措施的通知", Assert.Single(writer.Committed.Values).Title);
    }

    [Fact]
    public async Task A_site_file_can_name_extra_sitemaps()
    {
        ListFixtureSite.ServeHanweb(_server);
        _server.Routes["/index.html"] = context => context.Response.WriteAsync("<html><body>首页</body></html>", context.RequestAborted);
        _server.Routes["/sitemaps/art.xml"] = context => context.Response.WriteAsync(
            $"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{_server.Url(ListFixtureSite.ArticlePath(1229, 2))}</loc></url></urlset>""",
            context.RequestAborted);
        using var harness = new CrawlerHarness();

        var report = await harness.CrawlAsync(Site("sitemaps", "index.html") with { UseSitemaps = true, Sitemaps = ["/sitemaps/art.xml"] }, new RecordingIndexWriter());

        Assert.Equal(1, report.NewDocuments);
        Assert.Equal(1, _server.Count("/sitemaps/art.xml"));
    }

    [Fact]
    public async Task Patterns_see_the_url_without_its_fragment_and_the_stored_url_has_none()
    {
        ListFixtureSite.ServeHanweb(_server);
        var article = ListFixtureSite.ArticlePath(1229, 1);
        _server.Routes["/index.html"] = context => context.Response.WriteAsync($"<html><body><a href=\"{article}#zoom\">文件</a></body></html>", context.RequestAborted);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site("fragments", "index.html"), writer);

        Assert.Equal(1, report.NewDocuments);
        Assert.Equal(_server.Url(article).AbsoluteUri, Assert.Single(writer.Committed.Values).Url);
    }

    [Fact]
    public async Task A_document_relisted_in_a_second_column_under_a_second_url_is_one_document()
    {
        ListFixtureSite.ServeHanweb(_server);
        var second = ListFixtureSite.ArticlePath(1230, 0);
        ListFixtureSite.ServeArticle(_server, second, 1230, "规范性文件", 0);
        _server.Routes["/index.html"] = context => context.Response.WriteAsync(
            $"<html><body><a href=\"{ListFixtureSite.ArticlePath(1229, 0)}\">政策文件</a><a href=\"{second}\">规范性文件</a></body></html>", context.RequestAborted);
        using var harness = new CrawlerHarness();
        var writer = new RecordingIndexWriter();

        var report = await harness.CrawlAsync(Site("relisted", "index.html"), writer);

        Assert.Equal(1, report.NewDocuments);
        Assert.Equal(1, report.DuplicateDocuments);
        Assert.Single(writer.Committed.Values);
    }

    private List<string> ProxyRequests() =>
        _server.QueryRequests.Where(request => request.Path == "/module/web/jpage/dataproxy.jsp").Select(request => request.Query.TrimStart('?')).ToList();

    private SiteDefinition Site(string name, string seed) => new()
    {
        Name = name,
        Seeds = [_server.Url(seed).AbsoluteUri],
        AllowPrivateHosts = ["127.0.0.1"],
        List = new ListRules { UrlPatterns = [@"/col/col\d+/index\.html$"] },
        Detail = new DetailRules { UrlPatterns = [@"/art_\d+_\d+\.html$"] },
        Selectors = new FieldSelectors { Body = "#zoom, .article-content" },
        UseSitemaps = false,
        DelayMs = 0,
        Concurrency = 2,
        RecrawlInterval = TimeSpan.Zero,
    };

    private SiteDefinition GkmlptSite(string? total) => Site("gkmlpt", "gkmlpt/index") with
    {
        List = new ListRules
        {
            JsonApis =
            [
                new JsonApiRules
                {
                    Url = "/gkmlpt/api/all/0?page={page}&sid=755",
                    Items = "articles",
                    ItemUrl = "url",
                    Total = total,
                    Fields = new Dictionary<string, string>
                    {
                        ["title"] = "title", ["documentNumber"] = "document_number", ["indexNumber"] = "identifier", ["publishedDate"] = "first_publish_time",
                    },
                },
            ],
        },
        Detail = new DetailRules { UrlPatterns = [@"/gkmlpt/content/\d+/\d+/post_\d+\.html$"] },
        PageData = new Dictionary<string, IReadOnlyList<PageDataRule>>
        {
            ["validity"] =
            [
                new PageDataRule { Pattern = @"""is_abolished""\s*:\s*(1|true)", Value = "已废止" },
                new PageDataRule { Pattern = @"""is_expired""\s*:\s*(1|true)", Value = "已失效" },
                new PageDataRule { Pattern = @"""is_abolished""\s*:\s*(0|false)", Value = "有效" },
            ],
        },
    };

    private static PolicyDocument Document(RecordingIndexWriter writer, string title) => writer.Committed.Values.Single(d => d.Title == title);
}
