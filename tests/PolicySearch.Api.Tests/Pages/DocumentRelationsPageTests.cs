using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Pages;

[Collection(SharedApp.Name)]
public sealed class DocumentRelationsPageTests
{
    private readonly HttpClient _client;

    public DocumentRelationsPageTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    private async Task<string> PageAsync(string id)
    {
        var response = await _client.GetAsync($"/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageHeaders.AssertSecure(response);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Cited_titles_link_to_their_documents_and_are_html_encoded()
    {
        var html = await PageAsync("doc-implementation");

        Assert.Contains("<h2 id=\"relations-cites\">引用</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/documents/doc-rule-of-law\">《国务院关于加强法治政府建设的意见》</a>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"/documents/doc-markup\">《关于印发〈网络安全审查办法〉的通知&lt;img src=x onerror=alert(1)&gt;》</a>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<li>《关于&lt;script&gt;alert(1)&lt;/script&gt;的规定》 <span class=\"relation-note\">（未收录）</span></li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        PageHeaders.AssertNoInlineCode(html);
    }

    [Theory]
    [InlineData(
        "doc-rule-of-law",
        "<h2 id=\"relations-cited-by\">被引用</h2>",
        "<li><a href=\"/documents/doc-implementation\">司法部关于贯彻实施有关文件的通知</a> <span class=\"relation-note\">2022-01-10</span> <span class=\"validity validity-valid\">有效</span></li>")]
    [InlineData(
        "doc-privacy",
        "<h2 id=\"relations-versions\">其他版本</h2>",
        "<li><a href=\"/documents/doc-privacy-2019\">关于加强个人信息保护的规定</a> <span class=\"relation-note\">2019-05-01</span> <span class=\"validity validity-amended\">已修改</span></li>")]
    public async Task Citing_documents_and_other_versions_are_linked_with_date_and_validity(string id, string heading, string item)
    {
        var html = await PageAsync(id);

        var section = html[html.IndexOf(heading, StringComparison.Ordinal)..];
        Assert.StartsWith(heading, section, StringComparison.Ordinal);
        Assert.Contains(item, section[..section.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_documents_are_linked_on_the_page()
    {
        var html = await PageAsync("doc-markup");

        var similar = html[html.IndexOf("id=\"relations-similar\"", StringComparison.Ordinal)..];
        Assert.Matches("<li><a href=\"/documents/doc-[a-z-]+\">", similar);
        Assert.DoesNotContain("href=\"/documents/doc-markup\"", similar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_without_entries_say_so()
    {
        var html = await PageAsync("doc-ecology");

        Assert.Contains("<p class=\"relation-empty\">未发现对其他文件的引用。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"relation-empty\">索引中没有引用本文件的文件。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"relation-empty\">索引中没有本文件的其他版本。</p>", html, StringComparison.Ordinal);
    }
}
