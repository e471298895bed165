using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Pages;

[Collection(SharedApp.Name)]
public sealed class DocumentPageTests
{
    private readonly HttpClient _client;

    public DocumentPageTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task The_document_page_shows_every_metadata_row_and_links_the_original()
    {
        var response = await _client.GetAsync("/documents/doc-rule-of-law");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageHeaders.AssertSecure(response);
        Assert.Contains("<h1>国务院关于加强法治政府建设的意见</h1>", html, StringComparison.Ordinal);
        string[] rows =
        [
            "<th scope=\"row\">索引号</th><td>000014349/2021-00001</td>",
            "<th scope=\"row\">发布机构</th><td>国务院</td>",
            "<th scope=\"row\">主题分类</th><td>政府工作</td>",
            "<th scope=\"row\">成文日期</th><td>2021-01-04</td>",
            "<th scope=\"row\">发布日期</th><td>2021-01-08</td>",
            "<th scope=\"row\">施行日期</th><td>2021-01-08</td>",
            "<th scope=\"row\">文号</th><td>国发〔2021〕1号</td>",
            "<th scope=\"row\">有效性</th><td>有效</td>",
            "<th scope=\"row\">类别</th><td>国务院文件</td>",
            "<th scope=\"row\">来源</th><td>中国政府网</td>",
        ];
        Assert.All(rows, row => Assert.Contains(row, html, StringComparison.Ordinal));
        Assert.Contains("<a href=\"https://www.gov.cn/zhengce/content/2021-01/08/content_0001.htm\" rel=\"noreferrer\">查看原文</a>", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<h1").Skip(1));
    }

    [Fact]
    public async Task The_body_becomes_headings_and_paragraphs()
    {
        var html = await (await _client.GetAsync("/documents/doc-rule-of-law")).Content.ReadAsStringAsync();

        Assert.Contains("<h2>一、总体要求</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>（一）指导思想</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<p>健全依法决策机制，严格规范公正文明执法。</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_document_is_shown_as_text_and_a_script_url_is_not_a_link()
    {
        var response = await _client.GetAsync("/documents/doc-markup");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;加粗&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<h2>第一章 总则</h2>", html, StringComparison.Ordinal);
        Assert.Contains("原文地址：javascript:alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        PageHeaders.AssertNoInlineCode(html);
    }

    [Fact]
    public async Task Missing_metadata_is_shown_as_a_dash()
    {
        var html = await (await _client.GetAsync("/documents/doc-ecology")).Content.ReadAsStringAsync();

        Assert.Contains("<th scope=\"row\">文号</th><td>—</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">有效性</th><td>—</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("查看原文", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_shows_a_404_page()
    {
        var response = await _client.GetAsync("/documents/no-such-document");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        PageHeaders.AssertSecure(response);
        Assert.Contains("<h1>没有找到这份文件</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }
}
