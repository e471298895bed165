using PolicySearch.Cli.Infrastructure;
using PolicySearch.Benchmarks.Output;
using PolicySearch.Benchmarks.Perf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks.Commands;

/// <summary>
/// `perf-compare --ours perf.json --java java.json`: our perf figures beside those of the Java reference
/// (Apache Lucene 8.8 with SmartChineseAnalyzer, tools/perf/java-reference) on the same corpus, in one table.
/// </summary>
public sealed class PerfCompareCommand : AsyncCommand<PerfCompareSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PerfCompareSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        PerfFigures ours;
        PerfFigures java;
        try
        {
            ours = await PerfFigures.ReadAsync(settings.OursPath!, cancellationToken);
            java = await PerfFigures.ReadAsync(settings.JavaPath!, cancellationToken);
        }
        catch (PerfFailure failure)
        {
            CliErrors.WriteError(failure.Message);
            return ExitCodes.BadInput;
        }

        if (Console.IsOutputRedirected)
        {
            // Written to a file (tools/perf/run.sh tees it): wide enough that no table wraps.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        PerfComparisonView.Write(AnsiConsole.Console, ours, java);
        return ExitCodes.Success;
    }
}
