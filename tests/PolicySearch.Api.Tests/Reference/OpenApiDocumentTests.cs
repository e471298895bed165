using System.Net;
using System.Text.Json;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Reference;

[Collection(SharedApp.Name)]
public sealed class OpenApiDocumentTests
{
    private readonly ApiFixture _fixture;

    public OpenApiDocumentTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData("/api/search", "get", "SearchDocuments")]
    [InlineData("/api/suggest", "get", "SuggestCompletions")]
    [InlineData("/api/documents/{id}", "get", "GetDocument")]
    [InlineData("/api/documents/{id}/similar", "get", "GetSimilarDocuments")]
    [InlineData("/health", "get", "GetHealth")]
    [InlineData("/health/ready", "get", "GetReadiness")]
    [InlineData("/metrics", "get", "GetMetrics")]
    [InlineData("/", "get", "ShowSearchPage")]
    [InlineData("/documents/{id}", "get", "ShowDocumentPage")]
    public async Task The_openapi_document_lists_every_endpoint_with_a_summary(string path, string method, string operationId)
    {
        var document = await GetDocumentAsync();

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task A_hits_snippet_is_described_as_the_html_string_it_is()
    {
        var document = await GetDocumentAsync();

        var snippet = document.GetProperty("components").GetProperty("schemas").GetProperty("Snippet");
        Assert.Equal("string", snippet.GetProperty("type").GetString());
        Assert.Contains("<mark>", snippet.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_endpoints_are_not_listed_when_no_key_is_configured()
    {
        var document = await GetDocumentAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.DoesNotContain(paths, path => path.StartsWith("/api/admin", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, path => path.StartsWith("/reference", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reference_page_loads_its_own_script_under_the_strict_policy()
    {
        var page = await _fixture.Client.GetAsync("/reference");
        var script = await _fixture.Client.GetAsync("/reference/reference.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/reference/reference.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/openapi/v1.json", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetDocumentAsync()
    {
        var response = await _fixture.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
