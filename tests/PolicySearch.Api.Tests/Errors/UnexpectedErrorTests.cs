using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Tests.Errors;

/// <summary>A bug (here, a searcher that throws) answers 500 problem details that leak nothing of the exception.</summary>
public sealed class UnexpectedErrorTests : IAsyncLifetime
{
    private const string Secret = "secret internal detail /var/lib/index";
    private readonly string _root = TestIndex.MissingIndexRoot();
    private ApiFactory? _factory;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new ApiFactory(
            Path.Combine(_root, "index"),
            Path.Combine(_root, "logs"),
            services => services.AddSingleton<IDocumentSearcher>(new ThrowingSearcher()).AddSingleton<IDocumentRelations>(new ThrowingSearcher()));
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

    [Theory]
    [InlineData("/api/search?q=law")]
    [InlineData("/api/documents/doc-1")]
    [InlineData("/api/documents/doc-1/similar")]
    [InlineData("/documents/doc-1")]
    [InlineData("/?q=law")]
    public async Task An_unexpected_exception_answers_500_problem_details_without_its_text(string path)
    {
        var response = await _client.GetAsync(path);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, "server.error");
        Assert.DoesNotContain("secret", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(InvalidOperationException), problem.GetRawText(), StringComparison.Ordinal);
    }

    private sealed class ThrowingSearcher : IDocumentSearcher, IDocumentRelations
    {
        public SearchResults Search(SearchRequest request) => throw new InvalidOperationException(Secret);

        public PolicyDocument? FindDocument(string id) => throw new InvalidOperationException(Secret);

        public DocumentDetails? FindDetails(string id) => throw new InvalidOperationException(Secret);

        public SimilarDocuments? FindSimilar(SimilarRequest request) => throw new InvalidOperationException(Secret);
    }
}
