using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Extraction;

/// <summary>Field-by-field extraction from the real government pages in TestData, with no selectors configured.</summary>
public sealed class PageExtractorTests
{
    private static readonly SiteDefinition NoSelectors = new() { Name = "t", Seeds = ["http://example.invalid/"] };

    private static (ExtractedPage Page, Core.Documents.PolicyDocument Document) Extract(string relativePath, string url)
    {
        var html = CharsetDecoder.Decode(File.ReadAllBytes(TestPaths.RealPage(relativePath)), "text/html");
        using var document = new HtmlParser().ParseDocument(html);
        var page = new PageExtractor(NoSelectors).Extract(document, new Uri(url));
        return (page, DocumentBuilder.Build(NoSelectors, "id", new Uri(url), page, []));
    }

    [Fact]
    public void GovCn_policy_table_gives_every_labelled_field()
    {
        var (page, doc) = Extract("www.gov.cn/zhengce/content/2018-11/09/content_5338761.wrap.fragment.html", "http://www.gov.cn/zhengce/content/2018-11/09/content_5338761.htm");

        Assert.Equal("国务院办公厅关于印发《政府网站集约化试点工作方案》的通知", doc.Title);
        Assert.Equal("000014349/2018-00204", doc.IndexNumber);
        Assert.Equal(@"综合政务\政务公开", doc.Topic);
        Assert.Equal("国务院办公厅", doc.Issuer);
        Assert.Equal(new DateOnly(2018, 10, 27), doc.WrittenDate);
        Assert.Equal(new DateOnly(2018, 11, 9), doc.PublishedDate);
        Assert.Equal("国办函〔2018〕71号", doc.DocumentNumber);
        Assert.Equal(PageExtractor.FromLabels, page.Origins[MetadataField.IndexNumber]);
        Assert.StartsWith("国务院办公厅关于印发《政府网站集约化", doc.Body, StringComparison.Ordinal);
        Assert.Contains("\n", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("索 引 号", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void GovCn_second_fragment_gives_its_own_values()
    {
        var (_, doc) = Extract("www.gov.cn/zhengce/content/2019-01/03/content_5354526.wrap.fragment.html", "http://www.gov.cn/zhengce/content/2019-01/03/content_5354526.htm");

        Assert.Equal("000014349/2018-00225", doc.IndexNumber);
        Assert.Equal(@"科技、教育\科技", doc.Topic);
        Assert.Equal(new DateOnly(2018, 12, 26), doc.WrittenDate);
        Assert.Equal(new DateOnly(2019, 1, 3), doc.PublishedDate);
        Assert.Equal("国办发〔2018〕127号", doc.DocumentNumber);
    }

    [Fact]
    public void Ucap_dl_dd_block_gives_index_number_issuer_and_date()
    {
        var (page, doc) = Extract("www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml", "http://www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml");

        Assert.Equal("宜春市2022年国民经济和社会发展统计公报", doc.Title);
        Assert.Equal("014717475N/2023-0040295", doc.IndexNumber);
        Assert.Equal("宜春市统计局", doc.Issuer);
        Assert.Equal(new DateOnly(2023, 4, 18), doc.PublishedDate);
        Assert.Null(doc.DocumentNumber);
        Assert.Equal(PageExtractor.FromLabels, page.Origins[MetadataField.IndexNumber]);
        Assert.StartsWith("宜春市2022年国民经济和社会发展统计公报", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Trs_meta_tags_give_title_date_and_source_when_no_labels_match()
    {
        var (page, doc) = Extract("fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html", "http://fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html");

        Assert.Equal("1-10月德清县固定资产投资结构趋稳趋优", doc.Title);
        Assert.Equal(new DateOnly(2016, 11, 22), doc.PublishedDate);
        Assert.Equal("省发改委", doc.Issuer);
        Assert.Equal(PageExtractor.FromMeta, page.Origins[MetadataField.Title]);
        Assert.Contains("第三产业投资完成119.90亿元", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Wanzai_2017_line_with_several_labels_splits_the_values()
    {
        var (page, doc) = Extract("www.wanzai.gov.cn/wzxrmzf/tjgb/201705/9c059bf058ef4db8b3c8f920e22186fe.shtml", "http://www.wanzai.gov.cn/wzxrmzf/tjgb/201705/9c059bf058ef4db8b3c8f920e22186fe.shtml");

        Assert.Equal(new DateOnly(2017, 5, 15), doc.PublishedDate);
        Assert.Equal(PageExtractor.FromLabels, page.Origins[MetadataField.PublishedDate]);
        Assert.Contains("万载县2015年国民经济和社会发展统计公报", doc.Title, StringComparison.Ordinal);
        Assert.Contains("全县人民在县委、县政府的正确领导下", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Shanxi_trs_news_gives_time_label_and_source()
    {
        var (page, doc) = Extract("www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml", "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml");

        Assert.Equal(new DateOnly(2019, 9, 18), doc.PublishedDate);
        Assert.Equal("山西日报", page.Get(MetadataField.Source));
        Assert.Contains("山西品牌丝路行", doc.Title, StringComparison.Ordinal);
        Assert.Contains("山西品牌丝路行首次登陆巴西", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Cmse_page_gives_date_and_information_source()
    {
        var (page, doc) = Extract("www.cmse.gov.cn/xwzx/zhxw/202101/t20210106_47506.html", "http://www.cmse.gov.cn/xwzx/zhxw/202101/t20210106_47506.html");

        Assert.Equal(new DateOnly(2021, 1, 5), doc.PublishedDate);
        Assert.Equal("中国空间技术研究院、中国运载火箭技术研究院等", page.Get(MetadataField.Source));
        Assert.Equal("载人航天工程全线备战空间站建造任务", doc.Title);
        Assert.Contains("元旦佳节", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Gongbao_page_uses_firstpublishedtime_meta_and_pages_content_body()
    {
        var (page, doc) = Extract("www.gov.cn/gongbao/content/2007/content_711039.htm", "https://www.gov.cn/gongbao/content/2007/content_711039.htm");

        Assert.Equal(new DateOnly(2007, 8, 20), doc.PublishedDate);
        Assert.Equal(PageExtractor.FromMeta, page.Origins[MetadataField.PublishedDate]);
        Assert.Contains("批准发行15500亿元特别国债购买外汇", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_selector_wins_over_the_labelled_block()
    {
        var site = NoSelectors with { Selectors = new FieldSelectors { Issuer = "meta[name=SiteName]@content" } };
        var html = CharsetDecoder.Decode(File.ReadAllBytes(TestPaths.RealPage("fgw.zj.gov.cn/art/2016/11/22/art_1621004_30332664.html")), null);
        using var document = new HtmlParser().ParseDocument(html);

        var page = new PageExtractor(site).Extract(document, new Uri("http://fgw.zj.gov.cn/a.html"));

        Assert.Equal("浙江省发展和改革委员会", page.Get(MetadataField.Issuer));
        Assert.Equal(PageExtractor.FromSelector, page.Origins[MetadataField.Issuer]);
    }
}
