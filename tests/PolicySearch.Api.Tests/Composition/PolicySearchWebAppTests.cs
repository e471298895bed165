using Microsoft.Extensions.DependencyInjection;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Search;
using Serilog.Core;
using Serilog.Events;

namespace PolicySearch.Api.Tests.Composition;

/// <summary>The entry point the CLI uses: build, prepare the index, (run).</summary>
public sealed class PolicySearchWebAppTests
{
    [Fact]
    public async Task Prepare_opens_an_existing_index_and_logs_that_it_is_served()
    {
        using var index = await TestIndex.CreateAsync(TestDocuments.All);
        var sink = new CollectingSink();
        await using var app = PolicySearchWebApp.Build(
            Arguments(index.IndexPath, index.LogDirectory),
            builder => builder.Services.AddSingleton<ILogEventSink>(sink));

        await PolicySearchWebApp.PrepareIndexAsync(app);

        var ready = Assert.Single(sink.Events, logEvent => logEvent.MessageTemplate.Text.StartsWith("Serving the index", StringComparison.Ordinal));
        Assert.Equal(new ScalarValue(TestDocuments.All.Count), ready.Properties["DocumentCount"]);
        var results = app.Services.GetRequiredService<IDocumentSearcher>().Search(new SearchRequest("法治政府"));
        Assert.Equal(TestDocuments.RuleOfLaw.Id, results.Hits[0].Id);
    }

    [Fact]
    public async Task Prepare_without_an_index_or_samples_logs_errors_and_lets_the_app_start()
    {
        var root = TestIndex.MissingIndexRoot();
        var sink = new CollectingSink();
        try
        {
            await using var app = PolicySearchWebApp.Build(
                Arguments(Path.Combine(root, "index"), Path.Combine(root, "logs")),
                builder => builder.Services.AddSingleton<ILogEventSink>(sink));

            await PolicySearchWebApp.PrepareIndexAsync(app);

            var errors = sink.Events.Where(logEvent => logEvent.Level == LogEventLevel.Error).ToList();
            Assert.Equal(2, errors.Count);
            Assert.Equal(new ScalarValue("import.file_not_found"), errors[0].Properties["ErrorCode"]);
            Assert.Equal(new ScalarValue("index.not_found"), errors[1].Properties["ErrorCode"]);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static string[] Arguments(string indexPath, string logDirectory) =>
    [
        $"--Index:Path={indexPath}",
        $"--Logging:Directory={logDirectory}",
        $"--Samples:Path={Path.Combine(logDirectory, "no-samples")}",
        "--Logging:Console=false", // see ApiFactory: Playwright and a console write can deadlock System.Console
    ];
}
