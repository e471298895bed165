using System.Diagnostics;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Core.Search;
using PolicySearch.Engine;
using PolicySearch.Benchmarks.InProcess;
using PolicySearch.Hosting.Indexing;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Start-up to the first answered search (open the index, warm the analyzers, one search) and the query mix, in this process.</summary>
internal static class InProcessSearch
{
    public static readonly int[] ThreadCounts = [1, 2];

    /// <summary>
    /// Passes of the mix before measuring, so that tiered JIT (tier 0, then optimized code compiled on a background
    /// thread, which counts as the process's CPU) and the first reads of the index files are not in the figures.
    /// One pass is not enough: the first measured configuration then used twice the CPU per query of the next.
    /// </summary>
    public const int WarmPasses = 3;

    /// <param name="snippetModes">With snippets, without, or both, in that order.</param>
    public static (double StartupMs, List<SearchBenchmarkResult> Searches, List<SearchCpu> Cpu) Run(
        CliEnvironment environment,
        string indexPath,
        int rounds,
        IReadOnlyList<bool> snippetModes)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(snippetModes);
        var options = new IndexOptions { Path = indexPath, RefreshInterval = TimeSpan.FromHours(1) };
        var clock = Stopwatch.StartNew();
        using var reader = new IndexReaderProvider(options, environment.Get<SearchOptions>(), environment.Loggers).Open();
        reader.Search(new SearchRequest("行政复议"));
        var startupMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
        var searches = new List<SearchBenchmarkResult>();
        var cpu = new List<SearchCpu>();
        using var self = Process.GetCurrentProcess();
        foreach (var withSnippets in snippetModes)
        {
            for (var pass = 0; pass < WarmPasses; pass++)
            {
                foreach (var (_, request) in SearchBenchmarkQueries.All(withSnippets))
                {
                    reader.Search(request);
                }
            }

            foreach (var threads in ThreadCounts)
            {
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                var results = SearchBenchmark.Run(reader, threads, rounds, withSnippets);
                self.Refresh();
                var queries = results.Single(result => result.Kind == "all").Latency.Count + SearchBenchmarkQueries.All(withSnippets).Count;
                cpu.Add(new SearchCpu(threads, withSnippets, queries, Math.Round((self.TotalProcessorTime - cpuBefore).TotalMilliseconds / queries, 2)));
                searches.AddRange(results);
            }
        }

        return (startupMs, searches, cpu);
    }
}
