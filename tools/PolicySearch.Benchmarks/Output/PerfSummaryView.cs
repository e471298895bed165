using PolicySearch.Benchmarks.Perf;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Benchmarks.InProcess;
using Spectre.Console;
using static PolicySearch.Benchmarks.Output.PerfReportView;

namespace PolicySearch.Benchmarks.Output;

/// <summary>The one summary table of `perf`: a row per headline figure, 1× beside N× when the scale section ran.</summary>
internal static class PerfSummaryView
{
    public static void Write(IAnsiConsole console, PerfReport report)
    {
        var scale = report.Scale;
        var columns = scale is null ? new[] { "Section", "Measure", "Value" } : ["Section", "Measure", "1×", $"{scale.Factor}×"];
        var table = new Table().Border(TableBorder.Rounded).Title("Summary");
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)) { Alignment = column is "Section" or "Measure" ? Justify.Left : Justify.Right });
        }

        void Row(string section, string measure, string value, string? scaled = null)
        {
            table.AddRow(scale is null ? [section, Markup.Escape(measure), value] : [section, Markup.Escape(measure), value, scaled ?? string.Empty]);
        }

        if (report.Analysis.Count > 0)
        {
            Row("analysis", "M input chars/s, 1 / 2 threads", Join(report.Analysis.Select(a => F(a.CharactersPerSecond / 1e6, 2))));
            Row("analysis", "bytes allocated per char", F(report.Analysis[0].BytesAllocatedPerCharacter, 0));
        }

        var last = report.Imports.LastOrDefault();
        foreach (var import in report.Imports)
        {
            var scaled = import == last ? scale?.Import : null;
            Row("import", $"docs/s (MB/s), {import.Threads} thread(s)", Throughput(import), scaled is null ? null : Throughput(scaled));
            Row("import", $"peak RSS MB, index MB, {import.Threads} thread(s)", $"{F(import.PeakRssMB, 0)}, {F(import.IndexSizeMB, 1)}", scaled is null ? null : $"{F(scaled.PeakRssMB, 0)}, {F(scaled.IndexSizeMB, 1)}");
        }

        if (report.Imports.Count == 0 && scale is not null)
        {
            Row("import", $"docs/s (MB/s), {scale.Import.Threads} threads", None, Throughput(scale.Import));
            Row("import", $"peak RSS MB, index MB, {scale.Import.Threads} threads", None, $"{F(scale.Import.PeakRssMB, 0)}, {F(scale.Import.IndexSizeMB, 1)}");
        }

        foreach (var threads in new[] { 1, 2 })
        {
            var one = Mix(report.Searches, threads, withSnippets: true);
            var many = scale is null ? null : Mix(scale.Searches, threads, withSnippets: true);
            if (one is not null || many is not null)
            {
                Row("search", $"mix with snippets, {threads} thread(s): p50 / p99 ms, QPS", Latency(one), many is null ? null : Latency(many));
            }
        }

        var cpuOne = report.SearchCpu.FirstOrDefault(c => c.Threads == 1 && c.WithSnippets);
        var cpuMany = scale?.SearchCpu.FirstOrDefault(c => c.Threads == 1 && c.WithSnippets);
        if (cpuOne is not null || cpuMany is not null)
        {
            Row("search", "mix with snippets, 1 thread: CPU ms per query", cpuOne is null ? None : F(cpuOne.CpuMsPerQuery, 2), cpuMany is null ? null : F(cpuMany.CpuMsPerQuery, 2));
        }

        if (Mix(report.Searches, 2, withSnippets: false) is { } bare)
        {
            Row("search", "mix without snippets, 2 threads: p50 / p99 ms, QPS", Latency(bare));
        }

        if (report.StartupToFirstSearchMs is not null || scale is not null)
        {
            Row("startup", "in process: open index, first search, ms", Ms(report.StartupToFirstSearchMs), scale is null ? null : Ms(scale.StartupToFirstSearchMs));
        }

        foreach (var http in report.Http)
        {
            var cache = http.OutputCache ? "cache on" : "cache off";
            var wrk = http.Wrk;
            Row("http", $"{cache}: requests/s ({http.Connections} connections, {http.Seconds} s)", F(wrk.RequestsPerSecond, 0));
            Row("http", $"{cache}: p50 / p90 / p99 ms", $"{F(wrk.P50Ms, 1)} / {F(wrk.P90Ms, 1)} / {F(wrk.P99Ms, 1)}");
            Row("http", $"{cache}: errors ≥400, socket errors", $"{N(wrk.HttpErrors)}, {N(wrk.SocketErrors)}");
            Row("http", $"{cache}: server CPU ms per request", F(http.ServerCpuMsPerRequest, 2));
            Row("http", $"{cache}: server RSS MB, mean / max during the run", $"{F(http.ServerMeanRssMB, 0)} / {F(http.ServerMaxRssMB, 0)}");
        }

        if (report.ServeStartupToFirstSearchMs is not null || scale?.HttpStartupToFirstSearchMs is not null)
        {
            Row("startup", "serve: process start → first 200 /api/search, ms", Ms(report.ServeStartupToFirstSearchMs), scale is null ? null : Ms(scale.HttpStartupToFirstSearchMs));
            Row("startup", "serve: process start → /health/ready, ms", Ms(report.ServeStartupToReadyMs));
        }

        if (report.Crawl is { } crawl)
        {
            Row("crawl", "pages/s (pages, documents, s)", $"{F(crawl.PagesPerSecond, 1)} ({N(crawl.PagesFetched)}, {N(crawl.Documents)}, {F(crawl.ElapsedSeconds, 1)})");
        }

        Row("process", "perf process peak RSS MB", F(report.PeakWorkingSetMB, 0));
        Row("machine", "load average (1/5/15 min) at start → end", Markup.Escape($"{report.LoadAverageAtStart ?? "?"} → {report.LoadAverageAtEnd ?? "?"}"));
        console.Write(table);
    }

    private static SearchBenchmarkResult? Mix(IEnumerable<SearchBenchmarkResult> results, int threads, bool withSnippets) =>
        results.FirstOrDefault(r => r.Kind == "all" && r.Threads == threads && r.WithSnippets == withSnippets);

    private static string Throughput(ImportResult import) => $"{F(import.DocumentsPerSecond, 0)} ({F(import.MegabytesPerSecond, 2)})";

    private static string Latency(SearchBenchmarkResult? result) =>
        result is null ? None : $"{F(result.Latency.P50Ms, 1)} / {F(result.Latency.P99Ms, 1)}, {F(result.Latency.PerSecond, 0)}";

    private static string Ms(double? value) => value is { } ms ? F(ms, 0) : None;

    private static string Join(IEnumerable<string> values) => string.Join(" / ", values);
}
