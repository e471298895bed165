using PolicySearch.Benchmarks.Commands;
using PolicySearch.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Benchmarks;

/// <summary>
/// The measurement tools, beside the product: `perf` (speed and memory of import, search, HTTP, start-up, crawl),
/// `perf-compare` (beside the Java reference) and `bench` (known-item relevance and latency).
/// Run as <c>dotnet run -c Release --project tools/PolicySearch.Benchmarks -- COMMAND …</c>.
/// </summary>
internal static class BenchmarksCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var interruption = new ConsoleInterruption();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("PolicySearch.Benchmarks");
            config.Settings.StrictParsing = true;
            config.Settings.CancellationExitCode = ExitCodes.Interrupted;
            config.SetExceptionHandler((exception, _) => CliErrors.Report(exception, AnsiConsole.Console));
            config.AddCommand<PerfCommand>("perf")
                .WithDescription("Performance benchmark: analysis, import, start-up and search (1 and 2 threads) on a corpus.")
                .WithExample("perf", "--corpus", "/data/archives", "--json", "perf.json");
            config.AddCommand<PerfCompareCommand>("perf-compare")
                .WithDescription("Our perf figures beside the Java reference's (tools/perf/java-reference) on the same corpus, in one table.")
                .WithExample("perf-compare", "--ours", "perf.json", "--java", "java.json");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Known-item relevance (success@1, MRR) and search latency on an index built from ARCHIVE.")
                .WithExample("bench", "samples/archive.jsonl.gz");
        });
        return await app.RunAsync(args, interruption.Token);
    }
}
