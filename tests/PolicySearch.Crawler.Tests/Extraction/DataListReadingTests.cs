using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Extraction;

/// <summary>Reading lists kept as data: Hanweb jpage settings and answers, JSON list answers, page data, the added labels.</summary>
public sealed class DataListReadingTests
{
    [Fact]
    public void A_hanweb_column_page_gives_a_data_proxy_page_per_page_size_with_the_columns_parameters()
    {
        var pages = JpagePaging.ColumnPages(ListFixtureSite.Read("hanweb/col1229.html"), perPageOverride: null);

        Assert.Equal(3, pages.Count);
        Assert.StartsWith("/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=4&perpage=4&webid=3096&path=%2F&columnid=1229&unitid=4012237&webname=", pages[0], StringComparison.Ordinal);
        Assert.Contains("startrecord=9&endrecord=12&perpage=4", pages[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_files_page_size_wins_over_the_columns()
    {
        var pages = JpagePaging.ColumnPages(ListFixtureSite.Read("hanweb/col1229.html"), perPageOverride: 10);

        Assert.Single(pages);
        Assert.Contains("startrecord=1&endrecord=10&perpage=10", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_without_a_nextgroup_link_takes_its_parameters_from_the_script()
    {
        const string html = "<div id=\"212860\"><script type=\"text/xml\"><datastore></datastore></script></div>"
            + "<script>var param_212860={columnid:33718,unitid:'212860'}; $('#212860').jpage({totalRecord:40,perPage:19});</script>";

        var pages = JpagePaging.ColumnPages(html, perPageOverride: null);

        Assert.Equal(
            ["/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=19&perpage=19&columnid=33718&unitid=212860",
             "/module/web/jpage/dataproxy.jsp?startrecord=20&endrecord=38&perpage=19&columnid=33718&unitid=212860",
             "/module/web/jpage/dataproxy.jsp?startrecord=39&endrecord=57&perpage=19&columnid=33718&unitid=212860"],
            pages);
    }

    [Fact]
    public void A_page_without_jpage_settings_gives_no_data_proxy_pages()
    {
        Assert.Empty(JpagePaging.ColumnPages("<html><body><a href=\"/art/2020/1/1/art_1_2.html\">x</a></body></html>", null));
        Assert.Empty(JpagePaging.ColumnPages("<script>$('#1').jpage({perPage:15});</script>", null));
    }

    [Fact]
    public void A_data_proxy_answer_gives_its_siblings_up_to_the_declared_total_keeping_the_other_parameters()
    {
        var url = new Uri("http://www.yangli.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=5&endrecord=8&perpage=4&columnid=1229&unitid=4012237");

        var siblings = JpagePaging.Siblings(url, ListFixtureSite.Read("hanweb/dataproxy-5.xml"));

        Assert.Equal(
            ["startrecord=1&endrecord=4&perpage=4&columnid=1229&unitid=4012237", "startrecord=5&endrecord=8&perpage=4&columnid=1229&unitid=4012237",
             "startrecord=9&endrecord=12&perpage=4&columnid=1229&unitid=4012237"],
            siblings.Select(s => s.Query.TrimStart('?')));
    }

    [Fact]
    public void The_records_of_a_data_island_are_markup_with_links()
    {
        using var document = new HtmlParser().ParseDocument(ListFixtureSite.Read("hanweb/col1229.html"));

        var island = Assert.Single(DataRecords.Islands(document));

        Assert.Contains("<li><a href=\"/art/2021/3/1/art_1229_5001.html\"", island, StringComparison.Ordinal);
        Assert.DoesNotContain("CDATA", island, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_list_answer_gives_item_urls_metadata_and_the_page_count_from_the_total()
    {
        var api = new JsonApiRules
        {
            Url = "/gkmlpt/api/all/0?page={page}&sid=755", Items = "articles", Total = "total",
            Fields = new Dictionary<string, string> { ["documentNumber"] = "document_number", ["publishedDate"] = "first_publish_time", ["title"] = "title" },
        };

        var page = JsonListReader.Read(api, ListFixtureSite.Read("gkmlpt/api-page-1.json"))!;

        Assert.Equal(4, page.Items.Count);
        Assert.Equal("{{HOST}}gkmlpt/content/5/7001/post_7001.html", page.Items[0].Url);
        Assert.Equal("样府规〔2021〕1号", page.Items[0].Fields[MetadataField.DocumentNumber]);
        Assert.Equal("2021-05-06", page.Items[0].Fields[MetadataField.PublishedDate]);
        Assert.Equal(7, page.Total);
        Assert.Equal(2, page.PageCount);
    }

    [Theory]
    [InlineData("""{"data":{"list":[{"link":{"href":"/a.html"}}],"pages":5}}""", "data.list", "link.href", "data.pages", 5)]
    [InlineData("""[{"url":"/a.html"}]""", "", "url", null, null)]
    [InlineData("""{"rows":[{"url":"/a.html","ms":1620264600000}],"pages":"3"}""", "rows", "url", "pages", 3)]
    public void Dotted_paths_find_items_urls_and_page_counts(string json, string items, string itemUrl, string? pageCount, int? expectedPages)
    {
        var page = JsonListReader.Read(new JsonApiRules { Url = "/x?p={page}", Items = items, ItemUrl = itemUrl, PageCount = pageCount }, json)!;

        Assert.Equal("/a.html", Assert.Single(page.Items).Url);
        Assert.Equal(expectedPages, page.PageCount);
    }

    [Fact]
    public void Epoch_milliseconds_in_a_date_field_are_a_china_date()
    {
        var api = new JsonApiRules { Url = "/x?p={page}", Items = "rows", Fields = new Dictionary<string, string> { ["publishedDate"] = "ms" } };

        var page = JsonListReader.Read(api, """{"rows":[{"url":"/a.html","ms":1620316800000}]}""")!;

        Assert.Equal("2021-05-07", page.Items[0].Fields[MetadataField.PublishedDate]);
    }

    [Fact]
    public void Text_that_is_not_json_or_has_no_item_array_is_not_read()
    {
        var api = new JsonApiRules { Url = "/x?p={page}", Items = "articles" };

        Assert.Null(JsonListReader.Read(api, "<html></html>"));
        Assert.Null(JsonListReader.Read(api, """{"articles":{"a":1}}"""));
    }

    [Fact]
    public void Page_data_rules_read_validity_from_the_gkmlpt_config_script()
    {
        var rules = new Dictionary<string, IReadOnlyList<PageDataRule>>
        {
            ["validity"] = [new PageDataRule { Pattern = @"""is_abolished""\s*:\s*1", Value = "已废止" }, new PageDataRule { Pattern = @"""is_abolished""\s*:\s*0", Value = "有效" }],
            ["topic"] = [new PageDataRule { Pattern = @"""classify_main_name""\s*:\s*""(?<value>[^""]*)""" }],
        };
        var html = ListFixtureSite.Read("gkmlpt/post.html").Replace("{{ABOLISHED}}", "1", StringComparison.Ordinal);
        using var document = new HtmlParser().ParseDocument(html);

        var values = new PageData(rules).Read(document);

        Assert.Equal("已废止", values[MetadataField.Validity]);
        Assert.Equal("规范性文件", values[MetadataField.Topic]);
    }

    [Theory]
    [InlineData("<table><tr><td>生成日期：</td><td>2021-02-03</td></tr></table>", MetadataField.WrittenDate, "2021-02-03")]
    [InlineData("<table><tr><td>分类：</td><td>规范性文件</td></tr></table>", MetadataField.Topic, "规范性文件")]
    [InlineData("<table><tr><td>主题分类：</td><td>综合政务</td></tr></table>", MetadataField.Topic, "综合政务")]
    public void The_label_fallback_knows_written_date_and_topic_labels(string html, MetadataField field, string expected)
    {
        using var document = new HtmlParser().ParseDocument(html);

        Assert.Contains((field, expected), LabelledBlock.Read(HtmlText.Lines(document.Body)));
    }

    [Fact]
    public void The_document_hash_ignores_the_page_around_the_document()
    {
        var site = new SiteDefinition { Name = "t", Seeds = ["http://example.invalid/"] };
        var first = ListFixtureSite.Read("hanweb/article.html").Replace("{{COLUMN}}", "政策文件", StringComparison.Ordinal).Replace("{{COLUMNID}}", "1229", StringComparison.Ordinal);
        var second = ListFixtureSite.Read("hanweb/article.html").Replace("{{COLUMN}}", "规范性文件", StringComparison.Ordinal).Replace("{{COLUMNID}}", "1230", StringComparison.Ordinal);
        var parser = new HtmlParser();

        var a = new PageExtractor(site).Extract(parser.ParseDocument(first), new Uri("http://example.invalid/art/2021/3/1/art_1229_5001.html"));
        var b = new PageExtractor(site).Extract(parser.ParseDocument(second), new Uri("http://example.invalid/art/2021/3/1/art_1230_5001.html"));

        Assert.NotEqual(first, second);
        Assert.Equal(DocumentHash.Of(a), DocumentHash.Of(b));
    }
}
