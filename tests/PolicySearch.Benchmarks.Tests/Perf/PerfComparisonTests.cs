using PolicySearch.Benchmarks.Perf;
using PolicySearch.Benchmarks.InProcess;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class PerfComparisonTests : IDisposable
{
    /// <summary>Trimmed from what tools/perf/java-reference/LuceneReference.java wrote for samples/.</summary>
    internal const string JavaJson = """
        {
          "engine": "Apache Lucene 8.8.1 (Java), SmartChineseAnalyzer, classic QueryParser and Highlighter",
          "machine": "2 cores, 24 GiB, Linux 6.1, Java 17.0.15 (OpenJDK 64-Bit Server VM), max heap 2048 MB",
          "corpus": "samples/archive.jsonl.gz",
          "date": "2026-11-25T19:56:51.165336112Z",
          "sections": ["analysis", "import", "search"],
          "loadAverageAtStart": "15.42 9.37 5.50",
          "rounds": 1,
          "documents": 597,
          "analysis": [
            { "threads": 1, "characters": 3950424, "tokens": 2045429, "elapsed": "00:00:05.0310550", "charactersPerSecond": 785207.8698373593 }
          ],
          "imports": [
            { "threads": 2, "documents": 597, "rejected": 0, "textBytes": 12210543, "elapsed": "00:00:17.8785828", "documentsPerSecond": 33.4,
              "megabytesPerSecond": 0.651, "megabytesPerSecondBeforeMerge": 0.805, "mergeSeconds": 3.41, "segmentsBeforeMerge": 2, "commits": 1, "indexSizeMB": 9.119 }
          ],
          "startupToFirstSearchMs": 63.6,
          "searches": [
            { "kind": "plain", "threads": 1, "withSnippets": false, "latency": { "count": 25, "p50Ms": 3.7, "p95Ms": 12.37, "p99Ms": 20.44, "perSecond": 166.9 } },
            { "kind": "all", "threads": 1, "withSnippets": false, "latency": { "count": 33, "p50Ms": 3.73, "p95Ms": 15.39, "p99Ms": 20.44, "perSecond": 166.9 } }
          ],
          "searchCpu": [ { "threads": 1, "withSnippets": false, "queries": 66, "cpuMsPerQuery": 2.58 } ],
          "peakWorkingSetMB": 385.2,
          "loadAverageAtEnd": "15.66 11.05 6.49"
        }
        """;

    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task The_java_reference_json_reads_as_perf_figures_with_the_names_of_our_perf_json()
    {
        var path = _work.Combine("java.json");
        await File.WriteAllTextAsync(path, JavaJson);

        var figures = await PerfFigures.ReadAsync(path, CancellationToken.None);

        Assert.StartsWith("Apache Lucene 8.8.1", figures.Engine, StringComparison.Ordinal);
        Assert.Equal(597, figures.Documents);
        Assert.Equal(("15.42 9.37 5.50", "15.66 11.05 6.49"), (figures.LoadAverageAtStart, figures.LoadAverageAtEnd));
        var analysis = Assert.Single(figures.Analysis);
        Assert.Equal((1, 3950424L, TimeSpan.FromTicks(50310550)), (analysis.Threads, analysis.Characters, analysis.Elapsed));
        Assert.Null(analysis.Words);
        var import = Assert.Single(figures.Imports);
        Assert.Equal((2, 12210543L, 0.651, 9.119), (import.Threads, import.TextBytes, import.MegabytesPerSecond, import.IndexSizeMB));
        Assert.Equal(["plain", "all"], figures.Searches.Select(s => s.Kind));
        Assert.Equal(20.44, figures.Searches[0].Latency.P99Ms);
    }

    [Fact]
    public async Task Our_perf_json_reads_back_with_the_word_chain_of_the_analysis()
    {
        var path = _work.Combine("perf.json");
        await File.WriteAllTextAsync(path, """
            {
              "machine": "2 cores", "corpus": "samples/archive.jsonl.gz", "sections": ["analysis"], "documents": 597,
              "analysis": [ { "threads": 2, "characters": 100, "tokens": 50, "elapsed": "00:00:01", "charactersPerSecond": 5148176.6,
                "bytesAllocatedPerCharacter": 0.1, "words": { "tokens": 20, "elapsed": "00:00:00.5", "charactersPerSecond": 6436803.5, "bytesAllocatedPerCharacter": 0 } } ],
              "imports": [], "searches": [], "http": [], "crawl": null, "scale": null, "peakWorkingSetMB": 191
            }
            """);

        var figures = await PerfFigures.ReadAsync(path, CancellationToken.None);

        Assert.Null(figures.Engine);
        Assert.Equal(6436803.5, Assert.Single(figures.Analysis).Words!.CharactersPerSecond);
    }

    [Theory]
    [InlineData("{ \"documents\": 3 }", "holds no analysis, import or search figures")]
    [InlineData("{ \"analysis\": [ }", "not a perf JSON file")]
    public async Task A_file_that_is_not_a_perf_report_is_refused_naming_it(string text, string message)
    {
        var path = _work.Combine("other.json");
        await File.WriteAllTextAsync(path, text);

        var failure = await Assert.ThrowsAsync<PerfFailure>(() => PerfFigures.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith(path, failure.Message, StringComparison.Ordinal);
        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_set_our_figure_beside_the_javas_for_the_same_measure_and_thread_count()
    {
        var ours = new PerfFigures
        {
            Analysis = [Analysis(1, 2.5e6, wordsPerSecond: 3.5e6), Analysis(2, 5e6, wordsPerSecond: 7e6)],
            Imports = [Import(1, 2.7, 23.8), Import(2, 4.2, 23.9)],
            Searches = [Search("plain", 1, false, 0.5), Search("all", 1, false, 9), Search("plain", 2, true, 4)],
        };
        var java = new PerfFigures
        {
            Analysis = [Analysis(1, 1.67e6, wordsPerSecond: null)],
            Imports = [Import(1, 3.6, 9.1), Import(2, 6.5, 9.2)],
            Searches = [Search("plain", 1, false, 1.3), Search("phrase", 1, false, 7)],
        };

        var rows = PerfComparison.Rows(ours, java);

        ComparisonRow Row(string measure, int? threads) => rows.Single(r => r.Measure == measure && r.Threads == threads);
        Assert.Equal((2.5, 1.67), (Row("whole chain, M chars/s", 1).Ours, Row("whole chain, M chars/s", 1).Java));
        Assert.Equal((3.5, 1.67), (Row("words (SmartCn), M chars/s", 1).Ours, Row("words (SmartCn), M chars/s", 1).Java));
        Assert.Equal((7.0, (double?)null), (Row("words (SmartCn), M chars/s", 2).Ours, Row("words (SmartCn), M chars/s", 2).Java));
        Assert.Equal((4.2, 6.5), (Row("MB/s", 2).Ours, Row("MB/s", 2).Java));
        Assert.Equal((23.9, 9.2), (Row("index MB (last import)", null).Ours, Row("index MB (last import)", null).Java));
        Assert.Equal((0.5, 1.3), (Row("plain, p50 ms", 1).Ours, Row("plain, p50 ms", 1).Java));
        Assert.Equal((4.0, (double?)null), (Row("plain + snippets, p50 ms", 2).Ours, Row("plain + snippets, p50 ms", 2).Java));
        Assert.Equal(["analysis", "import", "search"], rows.Select(r => r.Section).Distinct());
    }

    [Theory]
    [InlineData(6.0, 3.0, true, "ours 2.00×")]
    [InlineData(3.0, 6.0, true, "Java 2.00×")]
    [InlineData(1.3, 0.5, false, "Java 2.60×")]
    [InlineData(0.5, 1.3, false, "ours 2.60×")]
    [InlineData(2.0, 2.001, true, "even")]
    public void Better_names_the_side_ahead_and_by_what_factor(double ours, double java, bool higherIsBetter, string better)
    {
        Assert.Equal(better, new ComparisonRow("s", "m", 1, ours, java, higherIsBetter, 2).Better);
    }

    [Fact]
    public void Better_is_empty_when_a_side_did_not_measure_it()
    {
        Assert.Null(new ComparisonRow("s", "m", 1, 2.0, null, true, 2).Better);
    }

    private static AnalysisResult Analysis(int threads, double charsPerSecond, double? wordsPerSecond) =>
        new(threads, 100, 10, TimeSpan.FromSeconds(1), charsPerSecond, 0)
        {
            Words = wordsPerSecond is { } words ? new AnalysisChainResult(5, TimeSpan.FromSeconds(1), words, 0) : null,
        };

    private static ImportResult Import(int threads, double megabytesPerSecond, double indexSizeMB) =>
        new(threads, 10, 1000, TimeSpan.FromSeconds(1), 10, megabytesPerSecond, indexSizeMB, 0, 0);

    private static SearchBenchmarkResult Search(string kind, int threads, bool withSnippets, double p50Ms) =>
        new(kind, threads, withSnippets, new LatencySummary(10, p50Ms, p50Ms * 2, p50Ms * 3, 100));
}
