using PolicySearch.Cli.Infrastructure;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>The corpus written <see cref="Factor"/> times over (ids made unique), imported, started and searched.</summary>
/// <param name="Import">On <see cref="InProcessSearch.ThreadCounts"/>' largest count, as 1×'s second import.</param>
/// <param name="HttpStartupToFirstSearchMs">`serve` process start to the first 200 from /api/search; null when the http section is not selected.</param>
internal sealed record ScaleResult(
    int Factor,
    long LinesWritten,
    double ReplicateSeconds,
    ImportResult Import,
    double StartupToFirstSearchMs,
    double? HttpStartupToFirstSearchMs,
    IReadOnlyList<SearchBenchmarkResult> Searches,
    IReadOnlyList<SearchCpu> SearchCpu);
