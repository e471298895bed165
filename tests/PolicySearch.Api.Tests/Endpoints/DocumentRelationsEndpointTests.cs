using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

[Collection(SharedApp.Name)]
public sealed class DocumentRelationsEndpointTests
{
    private readonly HttpClient _client;

    public DocumentRelationsEndpointTests(ApiFixture fixture)
    {
        _client = fixture.Client;
    }

    private async Task<JsonElement> GetDocumentAsync(string id)
    {
        var response = await _client.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(property => property.Name).ToList();

    [Fact]
    public async Task The_relations_follow_the_document_fields_at_the_top_level()
    {
        var json = await GetDocumentAsync("doc-rule-of-law");

        Assert.Equal(["cites", "citedBy", "citedByTotal", "versions"], Names(json).TakeLast(4));
        Assert.Equal(["id", "title", "body"], Names(json).Take(3));
    }

    [Fact]
    public async Task Cites_lists_resolved_references_with_id_and_title_and_unresolved_ones_as_text()
    {
        var cites = (await GetDocumentAsync("doc-implementation")).GetProperty("cites").EnumerateArray().ToList();

        Assert.Equal(
            [
                "《国务院关于加强法治政府建设的意见》",
                "《关于印发〈网络安全审查办法〉的通知<img src=x onerror=alert(1)>》",
                "《网络安全审查办法》",
                "《关于<script>alert(1)</script>的规定》",
            ],
            cites.Select(cite => cite.GetProperty("text").GetString()));
        Assert.Equal(["text", "kind", "id", "title"], Names(cites[0]));
        Assert.Equal(("title", "doc-rule-of-law", "国务院关于加强法治政府建设的意见"), (cites[0].GetProperty("kind").GetString(), cites[0].GetProperty("id").GetString(), cites[0].GetProperty("title").GetString()));
        Assert.Equal(TestDocuments.Markup.Title, cites[1].GetProperty("title").GetString());
        Assert.Equal(["text", "kind"], Names(cites[3]));
    }

    [Fact]
    public async Task Cited_by_lists_the_citing_document_with_its_date_and_a_total()
    {
        var json = await GetDocumentAsync("doc-rule-of-law");

        var citing = Assert.Single(json.GetProperty("citedBy").EnumerateArray());
        Assert.Equal(["id", "title", "publishedDate", "validity"], Names(citing));
        Assert.Equal("doc-implementation", citing.GetProperty("id").GetString());
        Assert.Equal("2022-01-10", citing.GetProperty("publishedDate").GetString());
        Assert.Equal(1, json.GetProperty("citedByTotal").GetInt32());
        Assert.Empty(json.GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task Versions_list_the_other_documents_of_the_same_title()
    {
        var version = Assert.Single((await GetDocumentAsync("doc-privacy")).GetProperty("versions").EnumerateArray());

        Assert.Equal("doc-privacy-2019", version.GetProperty("id").GetString());
        Assert.Equal("2019-05-01", version.GetProperty("publishedDate").GetString());
        Assert.Equal("amended", version.GetProperty("validity").GetString());
    }

    [Fact]
    public async Task A_document_without_relations_has_empty_lists()
    {
        var json = await GetDocumentAsync("doc-ecology");

        Assert.Empty(json.GetProperty("cites").EnumerateArray());
        Assert.Empty(json.GetProperty("citedBy").EnumerateArray());
        Assert.Equal(0, json.GetProperty("citedByTotal").GetInt32());
        Assert.Empty(json.GetProperty("versions").EnumerateArray());
    }
}
