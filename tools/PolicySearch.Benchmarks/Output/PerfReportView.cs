using System.Globalization;
using PolicySearch.Benchmarks.Perf;
using PolicySearch.Cli.Infrastructure;
using Spectre.Console;

namespace PolicySearch.Benchmarks.Output;

/// <summary>The detail tables of `perf`, one per section that ran.</summary>
internal static class PerfReportView
{
    /// <summary>In a summary table, a figure that was not measured.</summary>
    internal const string None = "–";

    public static void Write(IAnsiConsole console, PerfReport report)
    {
        console.MarkupLine(Markup.Escape($"{report.Documents:N0} documents from {report.Corpus} on {report.Machine}"));
        if (report.Analysis.Count > 0)
        {
            var analysis = Table("Analysis (words + bigrams)", "Threads", "M chars/s", "Bytes allocated / char", "Elapsed s", "Words M chars/s", "Words B/char", "Bigrams M chars/s", "Bigrams B/char");
            foreach (var result in report.Analysis)
            {
                analysis.AddRow(
                    N(result.Threads),
                    F(result.CharactersPerSecond / 1e6, 2),
                    F(result.BytesAllocatedPerCharacter, 0),
                    F(result.Elapsed.TotalSeconds, 1),
                    F((result.Words?.CharactersPerSecond ?? double.NaN) / 1e6, 2),
                    F(result.Words?.BytesAllocatedPerCharacter ?? double.NaN, 1),
                    F((result.Bigrams?.CharactersPerSecond ?? double.NaN) / 1e6, 2),
                    F(result.Bigrams?.BytesAllocatedPerCharacter ?? double.NaN, 1));
            }

            console.Write(analysis);
        }

        if (report.Imports.Count > 0)
        {
            var import = Table("Import (`policysearch import` in a child process → committed index)", "Threads", "Docs/s", "MB/s", "Elapsed s", "Process s", "Peak RSS MB", "Index MB");
            foreach (var result in report.Imports)
            {
                import.AddRow(N(result.Threads), F(result.DocumentsPerSecond, 0), F(result.MegabytesPerSecond, 2), F(result.Elapsed.TotalSeconds, 1), F(result.ProcessSeconds, 1), F(result.PeakRssMB, 0), F(result.IndexSizeMB, 1));
            }

            console.Write(import);
        }

        if (report.Searches.Count > 0)
        {
            var search = Table("Search in process (top 10)", "Kind", "Threads", "Snippets", "p50 ms", "p95 ms", "p99 ms", "QPS");
            foreach (var result in report.Searches)
            {
                search.AddRow(result.Kind, N(result.Threads), result.WithSnippets ? "yes" : "no", F(result.Latency.P50Ms, 2), F(result.Latency.P95Ms, 2), F(result.Latency.P99Ms, 2), F(result.Latency.PerSecond, 0));
            }

            console.Write(search);
        }

        if (report.Http.Count > 0)
        {
            var http = Table("HTTP: wrk → `policysearch serve` /api/search, query mix, rate limit off", "Cache", "Conns/threads/s", "Requests", "Req/s", "p50 ms", "p90 ms", "p99 ms", "Max ms", "≥400", "Socket errors", "Server CPU ms/req", "Server RSS MB before/mean/max");
            foreach (var result in report.Http)
            {
                var wrk = result.Wrk;
                http.AddRow(
                    result.OutputCache ? "on" : "off",
                    $"{N(result.Connections)}/{N(result.Threads)}/{N(result.Seconds)}",
                    wrk.Requests.ToString("N0", CultureInfo.InvariantCulture),
                    F(wrk.RequestsPerSecond, 0),
                    F(wrk.P50Ms, 2),
                    F(wrk.P90Ms, 2),
                    F(wrk.P99Ms, 2),
                    F(wrk.MaxMs, 0),
                    N(wrk.HttpErrors),
                    N(wrk.SocketErrors),
                    F(result.ServerCpuMsPerRequest, 2),
                    $"{F(result.ServerRssBeforeMB, 0)}/{F(result.ServerMeanRssMB, 0)}/{F(result.ServerMaxRssMB, 0)}");
            }

            console.Write(http);
        }

        if (report.Crawl is { } crawl)
        {
            var table = Table("Crawl: sample site on 127.0.0.1, delay 0 (fetch, extraction, indexing, state)", "Concurrency", "Pages", "Documents", "Errors", "Elapsed s", "Pages/s", "Docs/s", "Index MB");
            table.AddRow(N(crawl.Concurrency), N(crawl.PagesFetched), N(crawl.Documents), N(crawl.Errors), F(crawl.ElapsedSeconds, 1), F(crawl.PagesPerSecond, 1), F(crawl.DocumentsPerSecond, 1), F(crawl.IndexSizeMB, 1));
            console.Write(table);
        }

        foreach (var skipped in new[] { report.HttpSkipped, report.CrawlSkipped }.OfType<string>())
        {
            console.MarkupLine($"[yellow]{Markup.Escape(skipped)}[/]");
        }
    }

    internal static Table Table(string title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        return table;
    }

    internal static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
