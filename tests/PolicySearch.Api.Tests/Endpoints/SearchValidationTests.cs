using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class SearchValidationTests
{
    private readonly HttpClient _client;

    public SearchValidationTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Theory]
    [InlineData("", "q", "query.empty", "missing")]
    [InlineData("q=", "q", "query.empty", "empty")]
    [InlineData("q=%20%E3%80%80%09", "q", "query.empty", "empty")]
    [InlineData("q=%22%E6%B3%95%E6%B2%BB", "q", "query.syntax", "never closed")]
    [InlineData("q=-%E6%B3%95%E6%B2%BB", "q", "query.syntax", "no words")]
    [InlineData("q=law&page=0", "page", "paging.out_of_range", "it was 0")]
    [InlineData("q=law&page=-3", "page", "paging.out_of_range", "it was -3")]
    [InlineData("q=law&page=1001", "page", "paging.out_of_range", "it was 1001")]
    [InlineData("q=law&page=99999999999", "page", "paging.out_of_range", "it was 99999999999")]
    [InlineData("q=law&page=abc", "page", "paging.invalid", "'abc'")]
    [InlineData("q=law&page=1.5", "page", "paging.invalid", "'1.5'")]
    [InlineData("q=law&page=", "page", "paging.invalid", "empty")]
    [InlineData("q=law&size=0", "size", "paging.out_of_range", "it was 0")]
    [InlineData("q=law&size=101", "size", "paging.out_of_range", "it was 101")]
    [InlineData("q=law&size=%EF%BC%91", "size", "paging.invalid", "'１'")]
    [InlineData("q=law&order=date", "order", "request.unknown_parameter", "'order'")]
    [InlineData("q=law&sort=date", "sort", "sort.invalid", "relevance, newest or oldest")]
    [InlineData("q=law&year=20x1", "year", "filter.invalid", "four-digit")]
    [InlineData("q=law&publishedFrom=2020-02-30", "publishedFrom", "filter.date_range", "yyyy-MM-dd")]
    [InlineData("q=law&publishedFrom=2021-01-01&publishedTo=2020-01-01", "publishedFrom", "filter.date_range", "after")]
    [InlineData("q=law&validity=maybe", "validity", "filter.invalid", "not a validity")]
    [InlineData("q=law&facetSize=500", "facetSize", "paging.out_of_range", "facetSize")]
    [InlineData("q=law&explain=yes", "explain", "request.invalid", "true or false")]
    [InlineData("q=law&q=order", "q", "request.repeated_parameter", "2 times")]
    public async Task Bad_search_parameters_answer_400_problem_details_naming_the_parameter(
        string queryString,
        string parameter,
        string code,
        string messageFragment)
    {
        var response = await _client.GetAsync("/api/search?" + queryString);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, code);
        var messages = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(message => message.GetString()).ToList();
        Assert.Contains(messages, message => message!.Contains(messageFragment, StringComparison.Ordinal));
        Assert.Contains(messageFragment, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_over_1000_characters_is_rejected_as_too_long()
    {
        var response = await _client.GetAsync(Urls.Search(new string('法', 1001)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "query.too_long");
        Assert.Contains("1001", problem.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_exactly_1000_characters_is_accepted()
    {
        var response = await _client.GetAsync(Urls.Search(new string('法', 1000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_fault_of_one_request_is_reported_together()
    {
        var response = await _client.GetAsync("/api/search?page=abc&size=101&extra=1");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.unknown_parameter");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["extra", "page", "q", "size"], fields);
    }
}
