using PolicySearch.Engine.Benchmarking;

namespace PolicySearch.Cli.Infrastructure;

/// <summary>Everything one `policysearch perf` run measured, as printed and written to JSON.</summary>
internal sealed class PerfReport
{
    public string Machine { get; init; } = string.Empty;

    public string Corpus { get; init; } = string.Empty;

    public DateTimeOffset Date { get; init; } = DateTimeOffset.UtcNow;

    public int Documents { get; set; }

    public List<AnalysisResult> Analysis { get; } = [];

    public List<ImportResult> Imports { get; } = [];

    public double StartupToFirstSearchMs { get; set; }

    public List<SearchBenchmarkResult> Searches { get; } = [];

    public double PeakWorkingSetMB { get; set; }
}
