using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Errors;

[Collection(SharedApp.Name)]
public sealed class UnmatchedRequestTests
{
    private readonly HttpClient _client;

    public UnmatchedRequestTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/documents")]
    [InlineData("/api/documents/a/b")]
    public async Task An_unmatched_route_answers_404_problem_details(string path)
    {
        var response = await _client.GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "route.not_found");
    }

    [Fact]
    public async Task An_unmatched_route_answers_problem_details_even_to_a_client_that_accepts_only_html()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "route.not_found");
    }

    [Fact]
    public async Task A_bad_search_answers_problem_details_even_to_a_client_that_accepts_only_html()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=law&page=abc");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "paging.invalid");
    }

    [Fact]
    public async Task A_wrong_method_answers_405_problem_details()
    {
        using var content = new StringContent("{}");
        var response = await _client.PostAsync(Urls.Search("法治"), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "request.method_not_allowed");
    }
}
