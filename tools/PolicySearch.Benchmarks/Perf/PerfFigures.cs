using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Core.Serialization;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// The figures `perf-compare` sets side by side, read from our perf.json or from the JSON of the Java reference
/// (tools/perf/java-reference), which uses the same names; whatever else either file holds is ignored.
/// </summary>
internal sealed record PerfFigures
{
    /// <summary>What ran: set by the Java reference ("Apache Lucene 8.8.1 (Java), …"); our perf.json has none.</summary>
    public string? Engine { get; init; }

    public string Corpus { get; init; } = string.Empty;

    public string Machine { get; init; } = string.Empty;

    public int Documents { get; init; }

    public string? LoadAverageAtStart { get; init; }

    public string? LoadAverageAtEnd { get; init; }

    public IReadOnlyList<AnalysisResult> Analysis { get; init; } = [];

    public IReadOnlyList<ImportResult> Imports { get; init; } = [];

    public IReadOnlyList<SearchBenchmarkResult> Searches { get; init; } = [];

    public bool IsEmpty => Analysis.Count == 0 && Imports.Count == 0 && Searches.Count == 0;

    /// <exception cref="PerfFailure">The file is not JSON, or holds no analysis, import or search figures; the message names it (and the line).</exception>
    public static async Task<PerfFigures> ReadAsync(string path, CancellationToken cancellationToken)
    {
        PerfFigures? figures;
        try
        {
            await using var file = File.OpenRead(path);
            figures = await JsonSerializer.DeserializeAsync<PerfFigures>(file, PolicyJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new PerfFailure($"{path}:{(ex.LineNumber ?? 0) + 1}: not a perf JSON file: {ex.Message}", ex);
        }

        return figures is null || figures.IsEmpty
            ? throw new PerfFailure($"{path}: holds no analysis, import or search figures (write it with `perf --json` or tools/perf/java-reference/run.sh --json).")
            : figures;
    }
}
