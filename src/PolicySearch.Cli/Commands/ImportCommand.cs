using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Indexing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch import FILE...`: streams archives into the index with a progress bar.</summary>
public sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false);
        var indexOptions = environment.IndexOptions;
        var importOptions = environment.ImportOptions;
        if (settings.Threads is { } threads)
        {
            importOptions.IndexingThreads = threads;
        }

        var summary = await ImportAsync(environment, indexOptions, importOptions, settings.Files, showProgress: !settings.Json, cancellationToken);
        if (settings.Json)
        {
            // The peak working set is read last, after the writer's final commit, so it covers the whole import.
            Console.WriteLine(JsonSerializer.Serialize(ImportJsonReport.Of(summary, indexOptions.Path), PolicyJson.Indented));
        }
        else
        {
            ImportReport.WriteSummary(AnsiConsole.Console, summary, indexOptions.Path);
        }

        return summary.Cancelled ? ExitCodes.Interrupted : ExitCodes.Success;
    }

    /// <summary>Runs an import with the rejected-line report, and the progress bar unless a program reads the output; shared with `serve`'s first run.</summary>
    internal static async Task<ImportSummary> ImportAsync(
        CliEnvironment environment,
        Engine.IndexOptions indexOptions,
        ImportOptions importOptions,
        IReadOnlyList<string> files,
        bool showProgress,
        CancellationToken cancellationToken)
    {
        using var writer = PolicyIndexWriter.Open(indexOptions, environment.Loggers.CreateLogger<PolicyIndexWriter>());
        var importer = new ArchiveImporter(writer, importOptions, environment.Loggers.CreateLogger<ArchiveImporter>());
        var rejected = new RejectedLineReport(Console.Error);
        importer.LineRejected += rejected.Write;
        var summary = showProgress
            ? await ImportProgressView.RunAsync(AnsiConsole.Console, progress => importer.ImportAsync(files, progress, cancellationToken))
            : await importer.ImportAsync(files, cancellationToken: cancellationToken);
        rejected.WriteOmitted();
        return summary;
    }
}
