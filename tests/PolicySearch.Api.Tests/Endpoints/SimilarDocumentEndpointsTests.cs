using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class SimilarDocumentEndpointsTests
{
    private readonly HttpClient _client;

    public SimilarDocumentEndpointsTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    private async Task<JsonElement> GetSimilarAsync(string query)
    {
        var response = await _client.GetAsync($"/api/documents/doc-privacy/similar{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string?> Ids(JsonElement json) =>
        json.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()).ToList();

    [Fact]
    public async Task Similar_answers_the_id_and_hits_with_title_issuer_date_validity_and_score()
    {
        var json = await GetSimilarAsync("?includeVersions=true");

        Assert.Equal(["id", "hits"], json.EnumerateObject().Select(property => property.Name));
        Assert.Equal("doc-privacy", json.GetProperty("id").GetString());
        var hit = json.GetProperty("hits")[0];
        Assert.Equal(["id", "title", "issuer", "publishedDate", "validity", "score"], hit.EnumerateObject().Select(property => property.Name));
        Assert.Equal(("doc-privacy-2019", "国家市场监督管理总局", "2019-05-01", "amended"), (hit.GetProperty("id").GetString(), hit.GetProperty("issuer").GetString(), hit.GetProperty("publishedDate").GetString(), hit.GetProperty("validity").GetString()));
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Similar_leaves_out_the_document_and_by_default_its_other_versions()
    {
        var ids = Ids(await GetSimilarAsync(string.Empty));

        Assert.DoesNotContain("doc-privacy", ids);
        Assert.DoesNotContain("doc-privacy-2019", ids);
    }

    [Fact]
    public async Task Size_limits_the_hits()
    {
        Assert.Single(Ids(await GetSimilarAsync("?size=1&includeVersions=true")));
    }

    [Theory]
    [InlineData("?size=0", "paging.out_of_range", "size")]
    [InlineData("?size=51", "paging.out_of_range", "size")]
    [InlineData("?size=99999999999", "paging.out_of_range", "size")]
    [InlineData("?size=abc", "paging.invalid", "size")]
    [InlineData("?size=", "paging.invalid", "size")]
    [InlineData("?includeVersions=maybe", "request.invalid", "includeVersions")]
    [InlineData("?page=2", "request.unknown_parameter", "page")]
    [InlineData("?size=2&size=3", "request.repeated_parameter", "size")]
    public async Task Bad_parameters_answer_400_naming_the_parameter(string query, string code, string parameter)
    {
        var response = await _client.GetAsync($"/api/documents/doc-privacy/similar{query}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, code);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task An_unknown_document_answers_404()
    {
        var response = await _client.GetAsync("/api/documents/no-such-document/similar");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "document.not_found");
        Assert.Contains("no-such-document", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
