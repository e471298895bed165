using System.Diagnostics;
using System.Globalization;
using PolicySearch.Cli.Infrastructure;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// The scale section: writes the corpus N times over to one gzip file in the work folder (streamed, ids made
/// unique), imports it in a child process on two threads, then measures start-up (in process, and `serve` to the
/// first HTTP answer) and the search mix with snippets on 1 and 2 threads.
/// </summary>
internal static class ScaleBenchmark
{
    public static async Task<ScaleResult> RunAsync(
        CliEnvironment environment,
        IReadOnlyList<string> files,
        int factor,
        int rounds,
        bool withHttpStartup,
        PerfWork work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var name = "scale-" + factor.ToString(CultureInfo.InvariantCulture);
        var corpus = work.Combine(name + ".jsonl.gz");
        var clock = Stopwatch.StartNew();
        var lines = await CorpusReplicator.WriteAsync(files, factor, corpus, cancellationToken);
        var replicateSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        var indexPath = work.Combine("index-" + name);
        var import = await ImportRun.RunAsync([corpus], indexPath, InProcessSearch.ThreadCounts.Max(), work, cancellationToken);
        File.Delete(corpus);
        double? httpStartup = null;
        if (withHttpStartup)
        {
            using var serve = await ServeProcess.StartAsync(indexPath, outputCache: false, work, cancellationToken);
            httpStartup = serve.StartupToFirstSearchMs;
        }

        var (startupMs, searches, cpu) = InProcessSearch.Run(environment, indexPath, rounds, [true]);
        return new ScaleResult(factor, lines, replicateSeconds, import, startupMs, httpStartup, searches, cpu);
    }
}
