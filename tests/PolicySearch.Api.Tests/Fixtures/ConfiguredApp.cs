using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>An app of its own over its own copy of the test index, with extra settings (limits, keys, CORS).</summary>
public sealed class ConfiguredApp : IAsyncDisposable
{
    private ConfiguredApp(TestIndex index, ApiFactory factory, CollectingSink logs)
    {
        Logs = logs;
        Index = index;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public TestIndex Index { get; }

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Factory.Services;

    public CollectingSink Logs { get; }

    public static async Task<ConfiguredApp> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var index = await TestIndex.CreateAsync(TestDocuments.All);
        var logs = new CollectingSink();
        var factory = new ApiFactory(index.IndexPath, index.LogDirectory, services => services.AddSingleton<ILogEventSink>(logs), settings);
        return new ConfiguredApp(index, factory, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Index.Dispose();
    }
}
