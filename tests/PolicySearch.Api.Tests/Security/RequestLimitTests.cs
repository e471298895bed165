using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Security;

[Collection(SharedApp.Name)]
public sealed class RequestLimitTests
{
    private readonly ApiFixture _fixture;

    public RequestLimitTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task An_oversize_query_string_is_answered_414_problem_details()
    {
        var response = await _fixture.Client.GetAsync(Urls.Search("法治", "issuer=" + new string('x', 20_000)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestUriTooLong, "request.uri_too_long");
        Assert.Contains("16384", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_longest_allowed_chinese_query_still_passes_the_limit()
    {
        var response = await _fixture.Client.GetAsync(Urls.Search(string.Concat(Enumerable.Repeat("法治政府建设", 166))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
