using System.Globalization;
using PolicySearch.Cli.Infrastructure;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

internal static class PerfReportView
{
    public static void Write(IAnsiConsole console, PerfReport report)
    {
        console.MarkupLine(Markup.Escape($"{report.Documents:N0} documents from {report.Corpus} on {report.Machine}"));
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
        var import = Table("Import (JSON Lines → committed index)", "Threads", "Docs/s", "MB/s", "Elapsed s", "Index MB");
        foreach (var result in report.Imports)
        {
            import.AddRow(N(result.Threads), F(result.DocumentsPerSecond, 0), F(result.MegabytesPerSecond, 2), F(result.Elapsed.TotalSeconds, 1), F(result.IndexSizeMB, 1));
        }

        console.Write(import);
        var search = Table("Search in process (top 10)", "Kind", "Threads", "Snippets", "p50 ms", "p95 ms", "p99 ms", "QPS");
        foreach (var result in report.Searches)
        {
            search.AddRow(result.Kind, N(result.Threads), result.WithSnippets ? "yes" : "no", F(result.Latency.P50Ms, 2), F(result.Latency.P95Ms, 2), F(result.Latency.P99Ms, 2), F(result.Latency.PerSecond, 0));
        }

        console.Write(search);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Start-up to first answered search (open index, warm analyzers, one search): {report.StartupToFirstSearchMs:F0} ms; peak working set {report.PeakWorkingSetMB:F0} MB"));
    }

    private static Table Table(string title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        return table;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
