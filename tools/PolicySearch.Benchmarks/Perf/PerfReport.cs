using PolicySearch.Benchmarks.Perf;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Everything one `perf` run measured, as printed and written to JSON. Sections not run stay empty or null.</summary>
internal sealed class PerfReport
{
    public string Machine { get; init; } = string.Empty;

    public string Corpus { get; init; } = string.Empty;

    public DateTimeOffset Date { get; init; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>/proc/loadavg (1, 5, 15 minutes) when the run started and ended: other work on the machine skews every figure.</summary>
    public string? LoadAverageAtStart { get; init; }

    public string? LoadAverageAtEnd { get; set; }

    public int Documents { get; set; }

    public List<AnalysisResult> Analysis { get; } = [];

    /// <summary>Each import ran as `policysearch import --json` in a child process, into a fresh index.</summary>
    public List<ImportResult> Imports { get; } = [];

    /// <summary>In process: open the index, warm the analyzers, one search.</summary>
    public double? StartupToFirstSearchMs { get; set; }

    public List<SearchBenchmarkResult> Searches { get; } = [];

    /// <summary>CPU of the benchmark process per query, to set beside the server's CPU per HTTP request.</summary>
    public List<SearchCpu> SearchCpu { get; } = [];

    public List<HttpResult> Http { get; } = [];

    /// <summary>`serve` (http section): process start to the first 200 from /api/search; measured without wrk too.</summary>
    public double? ServeStartupToFirstSearchMs { get; set; }

    /// <summary>`serve` (http section): process start to /health/ready answering 200.</summary>
    public double? ServeStartupToReadyMs { get; set; }

    /// <summary>Why the load part of the HTTP section did not run (wrk missing), when selected.</summary>
    public string? HttpSkipped { get; set; }

    public CrawlResult? Crawl { get; set; }

    public string? CrawlSkipped { get; set; }

    public ScaleResult? Scale { get; set; }

    /// <summary>The benchmark process itself (analysis, in-process search, crawl): VmHWM at the end.</summary>
    public double PeakWorkingSetMB { get; set; }
}
