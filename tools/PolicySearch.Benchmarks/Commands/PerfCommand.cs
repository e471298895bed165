using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Benchmarks.Output;
using PolicySearch.Benchmarks.Perf;
using PolicySearch.Core.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks.Commands;

/// <summary>
/// `perf --corpus DIR [--sections …]`: analysis, import (child processes, with peak memory), search in
/// process, HTTP under wrk, start-up, crawl of the sample site on loopback, and the corpus at N× scale; one summary
/// table (and the detail tables), and JSON with --json.
/// </summary>
public sealed class PerfCommand : AsyncCommand<PerfSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PerfSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(null, consoleLogging: false, crawler: true);
        PerfReport report;
        using (var work = new PerfWork(settings.WorkDirectory))
        {
            try
            {
                report = await new PerfRunner(environment, settings, work).RunAsync(cancellationToken);
            }
            catch (PerfFailure failure)
            {
                var keep = settings.WorkDirectory is null ? " (run with --work DIR to keep the work folder and its logs)" : string.Empty;
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(failure.Message + keep)}[/]");
                return ExitCodes.Failure;
            }
        }

        if (Console.IsOutputRedirected)
        {
            // Written to a file (tools/perf/run.sh tees it): wide enough that no table wraps.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        PerfReportView.Write(AnsiConsole.Console, report);
        PerfSummaryView.Write(AnsiConsole.Console, report);
        if (settings.JsonPath is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, PolicyJson.Indented), cancellationToken);
        }

        return ExitCodes.Success;
    }
}
