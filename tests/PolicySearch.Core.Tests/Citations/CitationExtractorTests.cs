using PolicySearch.Core.Citations;

namespace PolicySearch.Core.Tests.Citations;

public class CitationExtractorTests
{
    private static List<(CitationKind Kind, string Text, string Key)> Extract(string body, string? ownTitle = null, string? ownNumber = null) =>
        CitationExtractor.Extract(body, ownTitle, ownNumber).Select(c => (c.Kind, c.Text, c.Key)).ToList();

    [Fact]
    public void A_title_in_double_angle_brackets_is_a_citation_keyed_without_the_country_prefix()
    {
        var citations = Extract("依照《中华人民共和国行政复议法》的规定，制定本条例。");

        Assert.Equal([(CitationKind.Title, "《中华人民共和国行政复议法》", "行政复议法")], citations);
    }

    [Fact]
    public void A_nested_title_keeps_the_outer_title_whole_and_reports_the_inner_one_after_it()
    {
        var citations = Extract("根据《国务院办公厅关于印发〈政府网站发展指引〉的通知》要求，做好工作。");

        Assert.Equal(
            [
                (CitationKind.Title, "《国务院办公厅关于印发〈政府网站发展指引〉的通知》", "国务院办公厅关于印发政府网站发展指引的通知"),
                (CitationKind.Title, "《政府网站发展指引》", "政府网站发展指引"),
            ],
            citations);
    }

    [Fact]
    public void Double_angle_brackets_nested_in_double_angle_brackets_also_nest()
    {
        var texts = Extract("转发《关于贯彻《中华人民共和国公司法》的意见》。").Select(c => c.Text);

        Assert.Equal(["《关于贯彻《中华人民共和国公司法》的意见》", "《中华人民共和国公司法》"], texts);
    }

    [Theory]
    [InlineData("《关于修改<中华人民共和国法官法>等八部法律的决定》")]
    [InlineData("《关于修改＜中华人民共和国法官法＞等八部法律的决定》")]
    public void Angle_brackets_typed_as_less_and_greater_than_nest_like_single_angle_brackets(string title)
    {
        var keys = Extract($"根据{title}修正。").Select(c => c.Key);

        Assert.Equal(["关于修改中华人民共和国法官法等八部法律的决定", "法官法"], keys);
    }

    [Theory]
    [InlineData("《关于印发〈办法》的通知")]
    [InlineData("《未闭合的书名号。下一句》")]
    [InlineData("〈单独的尖括号不算书名〉")]
    public void Unbalanced_or_sentence_spanning_brackets_give_no_title(string body)
    {
        Assert.DoesNotContain(Extract(body), c => c.Kind == CitationKind.Title && c.Text.Length > 12);
    }

    [Fact]
    public void A_title_broken_across_lines_is_joined()
    {
        var citation = Assert.Single(Extract("《政府网站集约化\n试点工作方案》已经同意。"));

        Assert.Equal("《政府网站集约化试点工作方案》", citation.Text);
    }

    [Theory]
    [InlineData("《决定》")]
    [InlineData("《通知》")]
    [InlineData("《实施细则》")]
    [InlineData("《总体规划》")]
    [InlineData("《纲要草案》")]
    [InlineData("《烟花爆竹道路运输许可证》")]
    [InlineData("《税目税率表》")]
    [InlineData("《人民日报》")]
    [InlineData("《2021》")]
    [InlineData("《法》")]
    [InlineData("《Science》")]
    public void Generic_titles_forms_and_newspapers_are_not_citations(string title)
    {
        Assert.Empty(Extract($"依照{title}执行。"));
    }

    [Theory]
    [InlineData("《宪法》", "宪法")]
    [InlineData("《中华人民共和国刑法》", "刑法")]
    [InlineData("《民法典》", "民法典")]
    [InlineData("《ＷＴＯ协定》", "wto协定")]
    [InlineData("《关于<b>加粗</b>的规定》", "关于b加粗b的规定")]
    public void Short_law_names_are_citations(string title, string key)
    {
        Assert.Equal(key, Assert.Single(Extract($"根据{title}制定。")).Key);
    }

    [Theory]
    [InlineData("国办发〔2018〕108号")]
    [InlineData("国办发[2018]108号")]
    [InlineData("国办发［2018］108号")]
    [InlineData("国办发(2018)108号")]
    [InlineData("国办发（2018）108号")]
    [InlineData("国办发【2018】108号")]
    [InlineData("国办发﹝2018﹞108号")]
    [InlineData("国办发〖2018〗108号")]
    [InlineData("国办发〔2018〕第108号")]
    [InlineData("国办发 〔2018〕 108 号")]
    [InlineData("国办发〔２０１８〕１０８号")]
    public void A_document_number_in_any_bracket_style_is_found_and_normalized(string number)
    {
        var citation = Assert.Single(Extract($"根据{number}文件精神，结合实际，制定本办法。"));

        Assert.Equal((CitationKind.DocumentNumber, number, "国办发〔2018〕108号"), (citation.Kind, citation.Text, citation.Key));
    }

    [Theory]
    [InlineData("按照国办发〔1993〕71号文件", "国办发〔1993〕71号")]
    [InlineData("贯彻落实国发〔2021〕1号精神", "国发〔2021〕1号")]
    [InlineData("国务院印发的国发〔2021〕1号", "国发〔2021〕1号")]
    [InlineData("1991年3月4日中华人民共和国国务院令第76号发布", "国务院令第76号")]
    [InlineData("以国务院令第393号公布", "国务院令第393号")]
    [InlineData("中华人民共和国主席令第七十三号", "主席令第73号")]
    [InlineData("国家市场监督管理总局令第４３号", "国家市场监督管理总局令第43号")]
    [InlineData("（劳社部发[2000]8号）", "劳社部发〔2000〕8号")]
    [InlineData("原国家质量监督检验检疫总局令第150号", "国家质量监督检验检疫总局令第150号")]
    [InlineData("太原市人民政府令第5号", "太原市人民政府令第5号")]
    public void The_issuer_part_of_a_number_is_cut_from_the_sentence_around_it(string body, string key)
    {
        Assert.Equal(key, Assert.Single(Extract(body)).Key);
    }

    [Fact]
    public void A_title_followed_by_its_number_gives_both_in_text_order()
    {
        var citations = Extract("《国务院关于投资体制改革的决定》（国发〔2004〕20号）和国发〔2004〕18号。");

        Assert.Equal(
            [
                (CitationKind.Title, "《国务院关于投资体制改革的决定》", "国务院关于投资体制改革的决定"),
                (CitationKind.DocumentNumber, "国发〔2004〕20号", "国发〔2004〕20号"),
                (CitationKind.DocumentNumber, "国发〔2004〕18号", "国发〔2004〕18号"),
            ],
            citations);
    }

    [Fact]
    public void Each_key_is_reported_once_at_its_first_appearance()
    {
        var citations = Extract("《中华人民共和国道路交通安全法》（以下简称《道路交通安全法》）和国发〔2021〕1号、国发[2021]01号，再依《道路交通安全法》。");

        Assert.Equal(
            ["《中华人民共和国道路交通安全法》", "国发〔2021〕1号"],
            citations.Select(c => c.Text));
    }

    [Fact]
    public void The_document_itself_is_not_a_citation_by_title_quoted_title_or_number()
    {
        var citations = Extract(
            "国办函〔2018〕71号\n《政府网站集约化试点工作方案》已经同意。依照《国务院办公厅关于印发〈政府网站集约化试点工作方案〉的通知》。参见《网络安全法》。",
            ownTitle: "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
            ownNumber: "国办函[2018]71号");

        Assert.Equal(["《网络安全法》"], citations.Select(c => c.Text));
    }

    [Fact]
    public void The_document_overload_reads_body_title_and_number()
    {
        var document = new PolicySearch.Core.Documents.PolicyDocument
        {
            Id = "x",
            Title = "中华人民共和国行政复议法",
            Body = "根据《宪法》，制定本法。本法即《行政复议法》。国发〔2021〕1号",
            DocumentNumber = "国发〔2021〕1号",
        };

        Assert.Equal(["《宪法》"], CitationExtractor.Extract(document).Select(c => c.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("没有任何引用的正文。")]
    [InlineData("第三条〔2021〕号")]
    [InlineData("发〔2021〕1号")]
    public void Text_without_references_gives_none(string body)
    {
        Assert.Empty(Extract(body));
    }
}
