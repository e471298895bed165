using PolicySearch.Api.Pages;

namespace PolicySearch.Api.Tests.Pages;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Text_and_attribute_values_are_encoded()
    {
        var html = new HtmlWriter()
            .Element("a", "<b>法治</b> & \"政府\"", ("href", "/?q=\"><script>"), ("title", null))
            .ToString();

        Assert.Equal("<a href=\"/?q=&quot;&gt;&lt;script&gt;\">&lt;b&gt;法治&lt;/b&gt; &amp; &quot;政府&quot;</a>", html);
    }

    [Theory]
    [InlineData("script onload=x")]
    [InlineData("A")]
    [InlineData("")]
    [InlineData("a\"")]
    public void Tag_names_that_are_not_plain_names_are_refused(string tag)
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Open(tag));
    }

    [Fact]
    public void Lines_of_a_body_become_paragraphs_and_headings()
    {
        var html = new HtmlWriter();

        DocumentBody.Write(html, "# 第一章\r\n　　第一条 <i>内容</i>\n\n## 第一节\n###\n正文");

        Assert.Equal("<h2>第一章</h2>\n<p id=\"第一条\">第一条 &lt;i&gt;内容&lt;/i&gt;</p>\n<h3>第一节</h3>\n<p>正文</p>\n", html.ToString());
    }
}
