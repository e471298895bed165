using System.Globalization;
using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Import;
using PolicySearch.Core.Serialization;
using PolicySearch.Engine.Indexing.Import;
using PolicySearch.Hosting.Importing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>`policysearch import FILE...`: streams archives into the index with a progress bar.</summary>
public sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var overrides = new Dictionary<string, string?>();
        if (settings.Threads is { } threads)
        {
            overrides[$"{ImportOptions.SectionName}:{nameof(ImportOptions.IndexingThreads)}"] = threads.ToString(CultureInfo.InvariantCulture);
        }

        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false, overrides);
        var imports = environment.Get<ImportService>();
        var summary = await ShowAsync(
            (progress, rejected) => imports.ImportAsync(settings.Files, progress, rejected, cancellationToken),
            showProgress: !settings.Json);
        if (settings.Json)
        {
            // The peak working set is read last, after the writer's final commit, so it covers the whole import.
            Console.WriteLine(JsonSerializer.Serialize(ImportJsonReport.Of(summary, imports.IndexPath), PolicyJson.Indented));
        }
        else
        {
            ImportReport.WriteSummary(AnsiConsole.Console, summary, imports.IndexPath);
        }

        return summary.Cancelled ? ExitCodes.Interrupted : ExitCodes.Success;
    }

    /// <summary>Runs an import with the rejected-line report, and the progress bar unless a program reads the output; shared with `serve`'s first run.</summary>
    internal static async Task<ImportSummary> ShowAsync(
        Func<IProgress<ImportProgress>?, Action<ImportLine>, Task<ImportSummary>> import,
        bool showProgress)
    {
        var rejected = new RejectedLineReport(Console.Error);
        var summary = showProgress
            ? await ImportProgressView.RunAsync(AnsiConsole.Console, progress => import(progress, rejected.Write))
            : await import(null, rejected.Write);
        rejected.WriteOmitted();
        return summary;
    }
}
