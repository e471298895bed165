using System.Collections.Concurrent;
using System.Diagnostics;
using PolicySearch.Core.Search;

namespace PolicySearch.Benchmarks.InProcess;

/// <summary>Runs the query mix against a searcher for a number of rounds on one or more threads; latency per query kind.</summary>
public static class SearchBenchmark
{
    public static IReadOnlyList<SearchBenchmarkResult> Run(IDocumentSearcher searcher, int threads, int rounds, bool withSnippets)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var requests = SearchBenchmarkQueries.All(withSnippets);
        foreach (var (_, request) in requests)
        {
            searcher.Search(request); // warm-up: JIT, caches, first reads
        }

        var latencies = new ConcurrentBag<(string Kind, double Ms)>();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (kind, request) in requests)
                {
                    var started = Stopwatch.GetTimestamp();
                    searcher.Search(request);
                    latencies.Add((kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                }
            }
        });
        clock.Stop();
        var all = latencies.ToList();
        return all.GroupBy(sample => sample.Kind)
            .Select(group => new SearchBenchmarkResult(group.Key, threads, withSnippets, LatencySummary.Of(group.Select(s => s.Ms).ToList(), clock.Elapsed * group.Count() / all.Count)))
            .Append(new SearchBenchmarkResult("all", threads, withSnippets, LatencySummary.Of(all.Select(s => s.Ms).ToList(), clock.Elapsed)))
            .ToList();
    }
}
