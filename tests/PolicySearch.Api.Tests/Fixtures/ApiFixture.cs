namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>One read-only index and one app shared by the tests of <see cref="SharedApp"/>.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private TestIndex? _index;
    private ApiFactory? _factory;

    public TestIndex Index => _index ?? throw new InvalidOperationException("The fixture is not initialized.");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>A client of its own, e.g. one that neither follows redirects nor keeps cookies.</summary>
    public HttpClient CreateClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions options) =>
        (_factory ?? throw new InvalidOperationException("The fixture is not initialized.")).CreateClient(options);

    public async Task InitializeAsync()
    {
        _index = await TestIndex.CreateAsync(TestDocuments.All);
        _factory = new ApiFactory(_index.IndexPath, _index.LogDirectory);
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _index?.Dispose();
    }
}
