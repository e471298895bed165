using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Pages;

[Collection(SharedApp.Name)]
public sealed class SearchPageTests
{
    private readonly HttpClient _client;

    public SearchPageTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task The_home_page_is_a_chinese_page_with_a_labelled_get_search_form()
    {
        var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageHeaders.AssertSecure(response);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"search-form\" role=\"search\" method=\"get\" action=\"/\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\"", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"q\" name=\"q\" type=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<header", html, StringComparison.Ordinal);
        Assert.Contains("<footer", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<h1").Skip(1));
        PageHeaders.AssertNoInlineCode(html);
    }

    [Fact]
    public async Task Results_show_count_time_linked_titles_metadata_and_highlighted_snippets()
    {
        var response = await _client.GetAsync(Urls.Page("网络安全"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageHeaders.AssertSecure(response);
        Assert.Matches("找到 [0-9]+ 条结果，用时 [0-9.]+ 毫秒", html);
        Assert.Contains("<a href=\"/documents/doc-markup\">", html, StringComparison.Ordinal);
        // WebUtility.HtmlEncode writes the middle dot (U+00B7) as &#183;.
        Assert.Contains(
            "<p class=\"hit-meta\">国家互联网信息办公室 &#183; 国信办〔2021〕8号 &#183; 2021-12-28 &#183; <span class=\"validity validity-amended\">已修改</span></p>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<mark>网络安全</mark>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"网络安全\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_shows_the_words_searched_the_words_ignored_and_a_link_to_search_as_typed()
    {
        var html = await _client.GetStringAsync(Urls.Page("网络安全怎么办<b>"));

        Assert.Contains("<div class=\"notice notice-understood\" role=\"status\">", html, StringComparison.Ordinal);
        Assert.Contains("按 <b>网络</b> <b>安全</b> 检索", html, StringComparison.Ordinal);
        Assert.Contains("已忽略：怎么办", html, StringComparison.Ordinal);
        Assert.Contains("仍按原文“网络安全怎么办&lt;b&gt;”检索", html, StringComparison.Ordinal);
        Assert.Contains("literal=true", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_encode_titles_and_snippet_text_so_document_markup_stays_inert()
    {
        var html = await (await _client.GetAsync(Urls.Page("网络安全"))).Content.ReadAsStringAsync();

        Assert.Contains("的通知&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        PageHeaders.AssertNoInlineCode(html);
    }

    [Theory]
    [InlineData("法治政府", "有效")]
    [InlineData("数据安全", "已废止")]
    [InlineData("中小企业", "尚未生效")]
    public async Task Results_label_validity_in_chinese(string query, string label)
    {
        var html = await (await _client.GetAsync(Urls.Page(query))).Content.ReadAsStringAsync();

        Assert.Contains($">{label}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_query_is_encoded_back_into_the_form_and_the_page()
    {
        var html = await (await _client.GetAsync(Urls.Page("\"><script>x</script>"))).Content.ReadAsStringAsync();

        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"", html, StringComparison.Ordinal);
        PageHeaders.AssertNoInlineCode(html);
    }

    [Fact]
    public async Task Paging_links_keep_the_query_and_size()
    {
        var first = await (await _client.GetAsync(Urls.Page("关于", "size=2"))).Content.ReadAsStringAsync();
        var second = await (await _client.GetAsync(Urls.Page("关于", "page=2&size=2"))).Content.ReadAsStringAsync();

        Assert.Contains("<a rel=\"next\" href=\"/?q=%E5%85%B3%E4%BA%8E&amp;page=2&amp;size=2\">下一页</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"/?q=%E5%85%B3%E4%BA%8E&amp;size=2\">上一页</a>", second, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/?q=%E5%85%B3%E4%BA%8E&amp;page=3&amp;size=2\">下一页</a>", second, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"hits\" start=\"3\">", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_results_shows_a_friendly_message()
    {
        var response = await _client.GetAsync(Urls.Page("火星探测"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有找到与“火星探测”相关的文件。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol class=\"hits\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=%22%E6%B3%95%E6%B2%BB", "检索式有误", "never closed")]
    [InlineData("q=%20", "请输入检索词", "The query is empty")]
    [InlineData("q=law&page=abc", "页码或每页条数有误", "page must be a whole number")]
    [InlineData("q=law&colour=red", "网址中的参数有误", "Unknown parameter &#39;colour&#39;")]
    public async Task A_bad_query_shows_the_message_in_the_page_with_status_400(string queryString, string heading, string message)
    {
        var response = await _client.GetAsync("/?" + queryString);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        PageHeaders.AssertSecure(response);
        Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served()
    {
        var response = await _client.GetAsync("/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(":focus-visible", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
