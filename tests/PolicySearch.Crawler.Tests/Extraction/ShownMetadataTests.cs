using AngleSharp.Html.Parser;
using PolicySearch.Core.Documents;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Tests.Extraction;

/// <summary>Metadata exactly as the page shows it: empty cells stay empty, full-width characters stay, urls are clean, categories follow the site's rules.</summary>
public sealed class ShownMetadataTests
{
    private static readonly SiteDefinition Site = new() { Name = "t", Seeds = ["http://example.invalid/"] };

    [Fact]
    public void An_empty_validity_cell_leaves_validity_empty_instead_of_taking_the_title_after_it()
    {
        var document = Build("""
            <table><tr><td>索引号：</td><td>000014349/2024-00001</td><td>有效性：</td><td></td></tr>
            <tr><td colspan="4"><h1>国务院关于同意设立某某试验区的批复</h1></td></tr></table>
            <div id="zoom"><p>正文内容足够长，便于正文提取的启发式规则识别为正文。</p></div>
            """);

        Assert.Null(document.ValidityText);
        Assert.Equal(Validity.Unknown, document.Validity);
        Assert.Equal("000014349/2024-00001", document.IndexNumber);
    }

    [Fact]
    public void An_empty_validity_label_outside_a_table_does_not_take_the_next_line()
    {
        var document = Build("<p>有效性：</p><h1>国务院关于同意设立某某试验区的批复</h1><div id=\"zoom\"><p>正文内容足够长，便于正文提取的启发式规则识别为正文。</p></div>");

        Assert.Null(document.ValidityText);
    }

    [Fact]
    public void A_validity_in_the_next_cell_is_still_read()
    {
        var document = Build("<table><tr><td>有效性</td><td>现行有效</td></tr></table><h1>关于某事的通知</h1>");

        Assert.Equal("现行有效", document.ValidityText);
        Assert.Equal(Validity.Valid, document.Validity);
    }

    [Fact]
    public void Titles_and_topics_keep_full_width_brackets_while_the_document_number_is_normalised()
    {
        var document = Build("""
            <table><tr><td>主题分类：</td><td>综合政务（其他）</td></tr><tr><td>发文字号：</td><td>国发[2024]3号</td></tr></table>
            <h1>最高人民法院关于适用《中华人民共和国民法典》的解释（二）</h1>
            """);

        Assert.Equal("最高人民法院关于适用《中华人民共和国民法典》的解释（二）", document.Title);
        Assert.Equal("综合政务（其他）", document.Topic);
        Assert.Equal("国发〔2024〕3号", document.DocumentNumber);
    }

    [Fact]
    public void The_document_date_beats_the_web_page_time_stamp_whatever_their_order()
    {
        var document = Build("<p>发布时间：2024-03-05 10:00</p><h1>关于某事的通知</h1><table><tr><td>发文日期：</td><td>2024-03-01</td></tr></table>");

        Assert.Equal(new DateOnly(2024, 3, 1), document.PublishedDate);
    }

    [Fact]
    public void An_empty_dd_leaves_its_field_empty()
    {
        var document = Build("<dl><dt>发布机构：</dt><dd></dd><dt>索引号：</dt><dd>014717475N/2023-0040295</dd></dl><h1>关于某事的通知</h1>");

        Assert.Null(document.Issuer);
        Assert.Equal("014717475N/2023-0040295", document.IndexNumber);
    }

    [Fact]
    public void The_stored_url_has_no_tracking_parameters_and_no_fragment()
    {
        var document = Build("<h1>关于某事的通知</h1>", url: "http://example.invalid/zc/content_1.htm?id=7&from=list&utm_source=x#top");

        Assert.Equal("http://example.invalid/zc/content_1.htm?id=7", document.Url);
    }

    [Fact]
    public void Category_comes_from_the_first_rule_that_gives_one_then_the_site()
    {
        var site = Site with
        {
            Category = "其他文件",
            Categories =
            [
                new CategoryRule { UrlPattern = "/gzbg/", Category = "政府工作报告" },
                new CategoryRule { ListPattern = "/fgwj/index", Category = "法律法规" },
                new CategoryRule { Label = "文种" },
            ],
        };
        const string Page = "<table><tr><td>文种：</td><td>通知</td></tr></table><h1>关于某事的通知</h1>";

        Assert.Equal("政府工作报告", Build(Page, site, "http://example.invalid/gzbg/content_1.htm").Category);
        Assert.Equal("法律法规", Build(Page, site, "http://example.invalid/a/content_2.htm", "http://example.invalid/fgwj/index_1.shtml").Category);
        Assert.Equal("通知", Build(Page, site, "http://example.invalid/a/content_3.htm").Category);
        Assert.Equal("其他文件", Build("<h1>关于某事的通知</h1>", site, "http://example.invalid/a/content_4.htm").Category);
    }

    [Fact]
    public void A_category_rule_with_an_unknown_label_is_rejected_with_file_and_field()
    {
        var site = Site with { Detail = new DetailRules { UrlPatterns = ["x"] }, Categories = [new CategoryRule { Label = "类目" }] };

        var fault = Assert.Throws<Core.Errors.PolicySearchException>(() => SiteFileLoader.Validate(site, "crawler-config/t.json"));

        Assert.StartsWith("crawler-config/t.json: categories[0].label: must be a label of the metadata block", fault.Message, StringComparison.Ordinal);
    }

    private static PolicyDocument Build(string body, SiteDefinition? site = null, string url = "http://example.invalid/a/content_1.htm", string? foundOn = null)
    {
        site ??= Site;
        using var document = new HtmlParser().ParseDocument("<html><head><title>t</title></head><body>" + body + "</body></html>");
        var page = new PageExtractor(site).Extract(document, new Uri(url));
        return DocumentBuilder.Build(site, "id", new Uri(url), page, [], new PageOrigin("hash", foundOn));
    }
}
