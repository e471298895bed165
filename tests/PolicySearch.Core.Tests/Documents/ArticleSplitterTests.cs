using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Tests.Documents;

public sealed class ArticleSplitterTests
{
    private const string Law = "# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例适用于全省。\n依照第三条规定办理。\n\n## 第二章 管理\n\n第三条 主管部门负责监督。\n\n第十二条 违反本条例的，依法处罚。\n";

    [Fact]
    public void Splits_a_law_into_articles_with_their_chapters()
    {
        var articles = ArticleSplitter.Split(Law);

        Assert.Equal(["第一条", "第二条", "第三条", "第十二条"], articles.Select(a => a.Label));
        Assert.Equal(["第一章总则", "第一章总则", "第二章管理", "第二章管理"], articles.Select(a => a.Chapter));
    }

    [Fact]
    public void An_article_runs_to_the_next_article_or_heading_and_keeps_its_continuation_lines()
    {
        var second = ArticleSplitter.Split(Law)[1];

        var text = Law[second.Start..second.End];

        Assert.StartsWith("第二条", text, StringComparison.Ordinal);
        Assert.Contains("依照第三条规定办理", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第二章", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_taiwan_article_labels_with_spaces_and_arabic_numbers()
    {
        var articles = ArticleSplitter.Split("第 一 章 總則\n第 1 條\n本法依憲法制定之。\n第 2 條\n本法所稱主管機關。\n第 2-1 條\n補充規定。\n");

        Assert.Equal(["第1條", "第2條", "第2-1條"], articles.Select(a => a.Label));
    }

    [Fact]
    public void A_body_without_at_least_two_articles_is_not_split()
    {
        Assert.Empty(ArticleSplitter.Split("国务院关于印发方案的通知\n现将方案印发给你们。\n"));
        Assert.Empty(ArticleSplitter.Split("第一条 只有一条。\n"));
    }

    [Theory]
    [InlineData("第十二条 违反本条例的", "第十二条")]
    [InlineData("　　第三条　主管部门", "第三条")]
    [InlineData("第 5 條", "第5條")]
    [InlineData("依照第三条规定", null)]
    public void Finds_the_label_a_line_starts_with(string line, string? label)
    {
        Assert.Equal(label, ArticleSplitter.LabelAtStart(line));
    }
}
