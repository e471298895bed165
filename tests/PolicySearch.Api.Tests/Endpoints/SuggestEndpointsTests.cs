using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class SuggestEndpointsTests
{
    private readonly HttpClient _client;

    public SuggestEndpointsTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    private static string Suggest(string prefix, string? extra = null) =>
        "/api/suggest?q=" + Uri.EscapeDataString(prefix) + (extra is null ? string.Empty : "&" + extra);

    private async Task<JsonElement> SuggestionsAsync(string prefix, string? extra = null)
    {
        var response = await _client.GetAsync(Suggest(prefix, extra));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(["query", "suggestions"], PropertyNames(root));
        Assert.Equal(prefix, root.GetProperty("query").GetString());
        return root.GetProperty("suggestions");
    }

    private static List<string> PropertyNames(JsonElement element) => element.EnumerateObject().Select(property => property.Name).ToList();

    [Fact]
    public async Task A_title_suggestion_has_its_id_validity_and_published_date()
    {
        var title = (await SuggestionsAsync("加强法治"))[0];

        Assert.Equal(["text", "kind", "id", "validity", "publishedDate"], PropertyNames(title));
        Assert.Equal("国务院关于加强法治政府建设的意见", title.GetProperty("text").GetString());
        Assert.Equal("title", title.GetProperty("kind").GetString());
        Assert.Equal("doc-rule-of-law", title.GetProperty("id").GetString());
        Assert.Equal("valid", title.GetProperty("validity").GetString());
        Assert.Equal("2021-01-08", title.GetProperty("publishedDate").GetString());
    }

    [Fact]
    public async Task Issuers_follow_the_titles_with_their_document_counts()
    {
        var suggestions = (await SuggestionsAsync("国务院")).EnumerateArray().ToList();

        Assert.Equal(["title", "issuer"], suggestions.Select(s => s.GetProperty("kind").GetString()));
        var issuer = suggestions[1];
        Assert.Equal(["text", "kind", "count"], PropertyNames(issuer));
        Assert.Equal(("国务院", 1), (issuer.GetProperty("text").GetString(), issuer.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task A_simplified_prefix_completes_a_traditional_title()
    {
        var suggestions = await SuggestionsAsync("香港特别行政区");

        Assert.Equal("doc-traditional", suggestions[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Size_limits_the_suggestions()
    {
        Assert.Equal(1, (await SuggestionsAsync("关于", "size=1")).GetArrayLength());
    }

    [Fact]
    public async Task A_prefix_nothing_completes_answers_200_with_no_suggestions()
    {
        Assert.Equal(0, (await SuggestionsAsync("量子引力")).GetArrayLength());
    }

    [Fact]
    public async Task A_prefix_of_exactly_100_characters_is_accepted()
    {
        Assert.Equal(0, (await SuggestionsAsync(new string('法', 100))).GetArrayLength());
    }

    [Theory]
    [InlineData("", "q", "query.empty", "missing")]
    [InlineData("q=", "q", "query.empty", "empty")]
    [InlineData("q=%20%E3%80%80", "q", "query.empty", "empty")]
    [InlineData("q=law&size=0", "size", "paging.out_of_range", "it was 0")]
    [InlineData("q=law&size=21", "size", "paging.out_of_range", "it was 21")]
    [InlineData("q=law&size=abc", "size", "paging.invalid", "'abc'")]
    [InlineData("q=law&page=2", "page", "request.unknown_parameter", "accepts q, size")]
    [InlineData("q=law&q=order", "q", "request.repeated_parameter", "2 times")]
    public async Task Bad_suggest_parameters_answer_400_problem_details_naming_the_parameter(
        string queryString,
        string parameter,
        string code,
        string messageFragment)
    {
        var response = await _client.GetAsync("/api/suggest?" + queryString);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, code);
        var messages = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(message => message.GetString()).ToList();
        Assert.Contains(messages, message => message!.Contains(messageFragment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_prefix_over_100_characters_and_a_bad_size_are_reported_together()
    {
        var response = await _client.GetAsync(Suggest(new string('法', 101), "size=99"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "paging.out_of_range");
        Assert.Equal(["q", "size"], problem.GetProperty("errors").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Contains("101", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }
}
