using System.Globalization;
using System.Text.Json;
using PolicySearch.Core.Import;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Hosting.Indexing;
using PolicySearch.Benchmarks.Output;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks.Commands;

/// <summary>
/// `bench ARCHIVE...`: known-item queries derived from the archive, run in process against
/// the index: success@1 / @10 and MRR@10 per kind, and search latency percentiles (snippets included).
/// </summary>
public sealed class BenchCommand : AsyncCommand<BenchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        using var reader = environment.Get<IndexReaderProvider>().Open();
        var documents = await ArchiveDocuments.LoadAsync(settings.Archives, cancellationToken);
        var queries = KnownItemQueryGenerator.Generate(documents, settings.PerKind, settings.Seed);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{queries.Count} known-item queries from {documents.Count:N0} documents; index has {reader.GetStatistics().DocumentCount:N0}.[/]"));
        var report = KnownItemBenchmark.Run(reader, queries);
        BenchReportView.Write(AnsiConsole.Console, report, settings.ShowMisses);
        if (settings.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(BenchReportView.ToJson(report), PolicyJson.Indented), cancellationToken);
        }

        return ExitCodes.Success;
    }
}
