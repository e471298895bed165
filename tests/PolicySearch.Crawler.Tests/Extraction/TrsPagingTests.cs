using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Tests.Extraction;

public sealed class TrsPagingTests
{
    [Fact]
    public void Count_in_a_variable_gives_index_then_numbered_pages() =>
        Assert.Equal(
            ["index.shtml", "index_1.shtml", "index_2.shtml"],
            TrsPaging.PageNames("var countPage = 3//共多少页\ncreatePageHTML(countPage, 0, \"index\", \"shtml\");"));

    [Fact]
    public void Literal_arguments_page_a_long_article() =>
        Assert.Equal(["t20190918_693227.shtml"], TrsPaging.PageNames("createPageHTML(1,0,\"t20190918_693227\",\"shtml\")"));

    [Fact]
    public void Page_without_the_script_has_no_paging() => Assert.Empty(TrsPaging.PageNames("<html></html>"));

    [Fact]
    public void Labels_with_padding_and_either_colon_are_read_across_lines()
    {
        var found = LabelledBlock.Read(["名    称 :", "某某通知", "索   引  号 :", "发\u3000布\u00A0机 构：区司法局", "成 文 日 期 :", "发 文 日 期 :", "2023-05-12"]);

        Assert.Contains((MetadataField.Title, "某某通知"), found);
        Assert.Contains((MetadataField.Issuer, "区司法局"), found);
        Assert.Contains((MetadataField.PublishedDate, "2023-05-12"), found);
        Assert.DoesNotContain(found, entry => entry.Field is MetadataField.IndexNumber or MetadataField.WrittenDate);
    }
}
