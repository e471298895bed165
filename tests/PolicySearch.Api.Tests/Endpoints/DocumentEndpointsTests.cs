using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class DocumentEndpointsTests
{
    private readonly HttpClient _client;

    public DocumentEndpointsTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task Get_document_answers_the_whole_document_in_the_policy_json_shape()
    {
        var response = await _client.GetAsync("/api/documents/doc-rule-of-law");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(TestDocuments.RuleOfLaw, JsonSerializer.Deserialize<PolicyDocument>(body, PolicyJson.Options));
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("valid", json.GetProperty("validity").GetString());
        Assert.Equal("2021-01-04", json.GetProperty("writtenDate").GetString());
        Assert.Equal("000014349/2021-00001", json.GetProperty("indexNumber").GetString());
        Assert.StartsWith("# 一、总体要求\n", json.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_document_returns_the_body_text_unaltered_even_when_it_holds_markup()
    {
        var document = await _client.GetFromJsonAsync<PolicyDocument>("/api/documents/doc-markup", PolicyJson.Options);

        Assert.Equal(TestDocuments.Markup.Body, document!.Body);
        Assert.Equal("amended", JsonSerializer.SerializeToElement(document.Validity, PolicyJson.Options).GetString());
    }

    [Fact]
    public async Task An_unknown_document_id_answers_404_document_not_found()
    {
        var response = await _client.GetAsync("/api/documents/no-such-document");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "document.not_found");
        Assert.Contains("no-such-document", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_document_rejects_query_parameters()
    {
        var response = await _client.GetAsync("/api/documents/doc-rule-of-law?format=xml");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.unknown_parameter");
    }
}
