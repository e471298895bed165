using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Attachments;

/// <summary>Each attachment format read from a file made by a real tool (LibreOffice, iconv, zip, rar; see tests/TestData/README.md).</summary>
public sealed class AttachmentFormatTests
{
    [Theory]
    [InlineData("notice.doc", "农村集体经营性建设用地入市试点")]
    [InlineData("notice.wps", "城镇老旧小区改造专项资金管理办法")]
    [InlineData("permits.xls", "行政许可事项清单第一百零八项")]
    [InlineData("fees.xlsx", "涉企收费目录清单")]
    [InlineData("families.et", "低保边缘家庭名单")]
    [InlineData("rules.rtf", "优化营商环境条例实施细则")]
    [InlineData("rules-gb18030.txt", "河道采砂管理办法")]
    [InlineData("guide-utf8.txt", "数字政府建设指引")]
    [InlineData("standard.ofd", "电子公文版式文件交换规范")]
    [InlineData("bundle.zip", "高标准农田建设补助资金分配方案")]
    [InlineData("bundle.rar", "义务教育学校招生范围")]
    public void Each_format_gives_the_text_of_its_file(string fileName, string phrase)
    {
        var reading = Read(fileName);

        Assert.Null(reading.Problem);
        Assert.Contains(phrase, reading.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doc_keeps_paragraphs_table_cells_and_link_text_and_drops_field_instructions()
    {
        var lines = Lines("notice.doc");

        Assert.Equal("关于开展农村集体经营性建设用地入市试点的通知", lines[0]);
        Assert.Contains("为深化农村土地制度改革，经研究，决定在三个县开展农村集体经营性建设用地入市试点。详见政策文件库。", lines);
        Assert.Contains("东山县", lines);
        Assert.Contains("县自然资源局", lines);
        Assert.Contains("Pilot reform of rural collective land, 2024.", lines);
        Assert.DoesNotContain(lines, line => line.Contains("HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spreadsheet_is_read_row_by_row_with_cells_separated_by_tabs()
    {
        var xls = Lines("permits.xls");
        var xlsx = Lines("fees.xlsx");

        Assert.Equal(["permits", "序号\t事项名称\t实施机关\t备注", "1\t道路运输经营许可\t县交通运输局\t行政许可事项清单第一百零八项", "2\t取水许可\t县水利局", "3\t食品经营许可\t县市场监督管理局\t2024-03-01"], xls);
        Assert.Contains("不动产登记费\t80\t涉企收费目录清单", xlsx);
        Assert.Contains("特种设备检验费\t350.5\t国家发展改革委文件", xlsx);
    }

    [Fact]
    public void An_rtf_gives_its_paragraphs_and_not_its_tables_of_fonts_styles_or_document_info()
    {
        var lines = Lines("rules.rtf");

        Assert.Equal(["优化营商环境条例实施细则", "第一条 为贯彻落实《优化营商环境条例》，结合本市实际，制定本细则。", "第二条 市场主体登记实行“一网通办”。"], lines);
    }

    [Fact]
    public void An_ofd_gives_its_text_objects_in_page_order_one_line_per_baseline()
    {
        var lines = Lines("standard.ofd");

        Assert.Equal(["电子公文版式文件交换规范", "第一条 为规范电子公文交换，制定本规范。", "第二条 本规范自发布之日起施行。"], lines);
    }

    [Fact]
    public void Archives_give_each_readable_file_under_its_name()
    {
        var zip = Lines("bundle.zip");
        var rar = Lines("bundle.rar");

        Assert.Equal(["补助方案.doc", "高标准农田建设补助资金分配方案", "按建设任务分配补助资金。", "宣传周.txt", "垃圾分类宣传周活动安排"], zip);
        Assert.Contains("招生范围.xls", rar);
        Assert.Contains("第一小学\t东城街道全域", rar);
        Assert.Contains("说明.txt", rar);
        Assert.Contains("学区划分说明：以街道为单位。", rar);
    }

    [Theory]
    [InlineData("rules-gb18030.txt")]
    [InlineData("guide-utf8.txt")]
    public void Text_is_decoded_in_the_encoding_its_bytes_show(string fileName)
    {
        var text = Read(fileName).Text!;

        Assert.DoesNotContain('\uFFFD', text);
        Assert.Matches("^(河道采砂管理办法|数字政府建设指引)\n", text);
    }

    [Fact]
    public void The_bytes_decide_the_format_whatever_the_server_or_the_extension_says()
    {
        var doc = File.ReadAllBytes(TestPaths.Attachment("notice.doc"));
        var xls = File.ReadAllBytes(TestPaths.Attachment("permits.xls"));

        Assert.Contains("入市试点", AttachmentText.Read(ContentKind.Pdf, doc).Text, StringComparison.Ordinal);
        Assert.Contains("道路运输经营许可", AttachmentText.Read(ContentKind.Doc, xls).Text, StringComparison.Ordinal);
        Assert.Contains("入市试点", AttachmentText.Read(ContentKind.Other, doc).Text, StringComparison.Ordinal);
    }

    internal static AttachmentReading Read(string fileName) =>
        AttachmentText.Read(ContentKinds.OfExtension(Path.GetExtension(fileName)), File.ReadAllBytes(TestPaths.Attachment(fileName)));

    private static List<string> Lines(string fileName) => [.. (Read(fileName).Text ?? string.Empty).Split('\n')];
}
