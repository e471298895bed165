using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class SearchEndpointsTests
{
    private readonly HttpClient _client;

    public SearchEndpointsTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task Search_answers_every_field_of_the_documented_shape()
    {
        var response = await _client.GetAsync(Urls.Search("法治政府"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = await ReadJsonAsync(response);
        Assert.Equal(["query", "total", "page", "size", "tookMs", "hits", "facets", "relaxed", "notice", "understanding", "explanation"], PropertyNames(root));
        Assert.Equal("法治政府", root.GetProperty("query").GetString());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(10, root.GetProperty("size").GetInt32());
        Assert.True(root.GetProperty("tookMs").GetDouble() >= 0);
        var hit = root.GetProperty("hits")[0];
        Assert.Equal(
            ["id", "title", "url", "issuer", "documentNumber", "category", "validity", "publishedDate", "writtenDate", "score", "snippet", "article"],
            PropertyNames(hit));
        Assert.Equal("doc-rule-of-law", hit.GetProperty("id").GetString());
        Assert.Equal("国务院关于加强法治政府建设的意见", hit.GetProperty("title").GetString());
        Assert.Equal("国发〔2021〕1号", hit.GetProperty("documentNumber").GetString());
        Assert.Equal("valid", hit.GetProperty("validity").GetString());
        Assert.Equal("2021-01-08", hit.GetProperty("publishedDate").GetString());
        Assert.Equal("2021-01-04", hit.GetProperty("writtenDate").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_ranks_the_title_match_above_documents_that_only_mention_the_words()
    {
        var root = await ReadJsonAsync(await _client.GetAsync(Urls.Search("法治政府")));

        var ids = root.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()).ToList();
        Assert.Equal("doc-rule-of-law", ids[0]);
        Assert.Contains("doc-legal-publicity", ids);
        Assert.Equal(ids.Count, root.GetProperty("total").GetInt32());
        var scores = root.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(score => score), scores);
    }

    [Fact]
    public async Task Search_by_document_number_puts_that_document_first()
    {
        var root = await ReadJsonAsync(await _client.GetAsync(Urls.Search("国发〔2021〕1号")));

        Assert.Equal("doc-rule-of-law", root.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_in_simplified_script_finds_a_traditional_script_title()
    {
        var root = await ReadJsonAsync(await _client.GetAsync(Urls.Search("数据安全")));

        var ids = root.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString());
        Assert.Contains("doc-traditional", ids);
    }

    [Fact]
    public async Task Search_pages_through_the_same_total_without_repeating_hits()
    {
        var pages = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await ReadJsonAsync(await _client.GetAsync(Urls.Search("关于", $"page={page}&size=2"))));
        }

        var total = pages[0].GetProperty("total").GetInt32();
        Assert.True(total > 4, $"expected more than two pages of hits for 关于, got {total}");
        Assert.All(pages, page => Assert.Equal(total, page.GetProperty("total").GetInt32()));
        Assert.All(pages, page => Assert.Equal(2, page.GetProperty("size").GetInt32()));
        Assert.Equal([1, 2, 3], pages.Select(page => page.GetProperty("page").GetInt32()));
        var ids = pages.SelectMany(page => page.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString())).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_past_the_last_hit_answers_an_empty_page_with_the_total()
    {
        var root = await ReadJsonAsync(await _client.GetAsync(Urls.Search("法治政府", "page=50")));

        Assert.Equal(50, root.GetProperty("page").GetInt32());
        Assert.True(root.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, root.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Snippets_mark_matches_and_keep_document_markup_inert()
    {
        var root = await ReadJsonAsync(await _client.GetAsync(Urls.Search("网络安全")));

        var hit = root.GetProperty("hits").EnumerateArray().Single(candidate => candidate.GetProperty("id").GetString() == "doc-markup");
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_with_no_match_answers_zero_hits()
    {
        var root = await ReadJsonAsync(await _client.GetAsync(Urls.Search("火星探测")));

        Assert.Equal(0, root.GetProperty("total").GetInt32());
        Assert.Equal(0, root.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task A_question_answers_how_it_was_understood_and_literal_turns_the_reading_off()
    {
        var understood = await ReadJsonAsync(await _client.GetAsync(Urls.Search("网络安全要怎么管呢")));
        var literal = await ReadJsonAsync(await _client.GetAsync(Urls.Search("网络安全要怎么管呢", "literal=true")));

        var understanding = understood.GetProperty("understanding");
        Assert.True(understanding.GetProperty("isQuestion").GetBoolean());
        Assert.Equal(["网络", "安全"], understanding.GetProperty("searched").EnumerateArray().Select(word => word.GetString()));
        Assert.Equal(["要", "怎么", "呢"], understanding.GetProperty("ignored").EnumerateArray().Select(word => word.GetString()));
        Assert.True(understood.GetProperty("total").GetInt32() > 0);
        // As typed, no document has every word (要, 呢 …): the literal search is relaxed instead.
        Assert.True(literal.GetProperty("relaxed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, (await ReadJsonAsync(await _client.GetAsync(Urls.Search("网络安全", "literal=true")))).GetProperty("understanding").ValueKind);
    }

    [Fact]
    public async Task A_query_of_question_words_only_is_a_bad_request()
    {
        var response = await _client.GetAsync(Urls.Search("怎么办呢"));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("query.no_content", problem.GetProperty("code").GetString());
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static List<string> PropertyNames(JsonElement element) => element.EnumerateObject().Select(property => property.Name).ToList();
}
