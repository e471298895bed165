using System.Net;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Endpoints;

/// <summary>An app whose index does not exist still starts, and answers 503 with the index's error code.</summary>
public sealed class UnavailableIndexTests : IAsyncLifetime
{
    private readonly string _root = TestIndex.MissingIndexRoot();
    private ApiFactory? _factory;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiFactory(Path.Combine(_root, "index"), Path.Combine(_root, "logs"));
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory!.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Health_answers_503_index_not_found()
    {
        var response = await _client.GetAsync("/health");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "index.not_found");
    }

    [Fact]
    public async Task Search_answers_503_index_not_found()
    {
        var response = await _client.GetAsync(Urls.Search("法治"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "index.not_found");
    }

    [Fact]
    public async Task Get_document_answers_503_index_not_found()
    {
        var response = await _client.GetAsync("/api/documents/doc-rule-of-law");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "index.not_found");
    }

    [Fact]
    public async Task Similar_documents_answer_503_index_not_found()
    {
        var response = await _client.GetAsync("/api/documents/doc-rule-of-law/similar");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "index.not_found");
    }

    [Fact]
    public async Task The_search_page_answers_503_with_a_message()
    {
        var response = await _client.GetAsync(Urls.Page("法治"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("检索服务暂时不可用", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
