using PolicySearch.Cli.Infrastructure;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// The rows of `perf-compare`: the same measures from our perf.json and the Java reference's JSON. Our analysis
/// chain runs SmartCn words and CJK bigrams, the reference SmartChineseAnalyzer alone, so analysis is given both
/// ways; searches are the plain queries of the mix (top 10, no facets, filters or sort), which the reference runs
/// through the classic QueryParser, without and with snippets (the reference: the classic Highlighter).
/// </summary>
internal static class PerfComparison
{
    public const string PlainKind = "plain";

    public static IReadOnlyList<ComparisonRow> Rows(PerfFigures ours, PerfFigures java)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(java);
        var rows = new List<ComparisonRow>();
        foreach (var threads in InProcessSearch.ThreadCounts)
        {
            var (own, reference) = (Analysis(ours, threads), Analysis(java, threads));
            rows.Add(new("analysis", "whole chain, M chars/s", threads, MillionsPerSecond(own), MillionsPerSecond(reference), true, 2));
            rows.Add(new("analysis", "words (SmartCn), M chars/s", threads, own?.Words is { } words ? words.CharactersPerSecond / 1e6 : null, MillionsPerSecond(reference), true, 2));
        }

        foreach (var threads in InProcessSearch.ThreadCounts)
        {
            var (own, reference) = (Import(ours, threads), Import(java, threads));
            rows.Add(new("import", "MB/s", threads, own?.MegabytesPerSecond, reference?.MegabytesPerSecond, true, 2));
            rows.Add(new("import", "docs/s", threads, own?.DocumentsPerSecond, reference?.DocumentsPerSecond, true, 0));
        }

        rows.Add(new("import", "index MB (last import)", null, LastIndexSizeMB(ours), LastIndexSizeMB(java), false, 1));
        foreach (var withSnippets in new[] { false, true })
        {
            var measure = withSnippets ? "plain + snippets" : "plain";
            foreach (var threads in InProcessSearch.ThreadCounts)
            {
                var (own, reference) = (Plain(ours, threads, withSnippets), Plain(java, threads, withSnippets));
                rows.Add(new("search", $"{measure}, p50 ms", threads, own?.P50Ms, reference?.P50Ms, false, 2));
                rows.Add(new("search", $"{measure}, p99 ms", threads, own?.P99Ms, reference?.P99Ms, false, 2));
                rows.Add(new("search", $"{measure}, QPS", threads, own?.PerSecond, reference?.PerSecond, true, 0));
            }
        }

        return rows;
    }

    private static AnalysisResult? Analysis(PerfFigures figures, int threads) => figures.Analysis.FirstOrDefault(a => a.Threads == threads);

    private static ImportResult? Import(PerfFigures figures, int threads) => figures.Imports.FirstOrDefault(i => i.Threads == threads);

    private static double? LastIndexSizeMB(PerfFigures figures) => figures.Imports.Count == 0 ? null : figures.Imports[^1].IndexSizeMB;

    private static LatencySummary? Plain(PerfFigures figures, int threads, bool withSnippets) =>
        figures.Searches.FirstOrDefault(s => s.Kind == PlainKind && s.Threads == threads && s.WithSnippets == withSnippets)?.Latency;

    private static double? MillionsPerSecond(AnalysisResult? result) => result is null ? null : result.CharactersPerSecond / 1e6;
}
