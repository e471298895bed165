using System.Globalization;
using PolicySearch.Engine.Evaluation;
using Spectre.Console;

namespace PolicySearch.Benchmarks.Output;

internal static class BenchReportView
{
    private static readonly double[] Percentiles = [50, 95, 99];

    public static void Write(IAnsiConsole console, KnownItemReport report, bool showMisses)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Kind").AddColumn(new TableColumn("Queries").RightAligned())
            .AddColumn(new TableColumn("Success@1").RightAligned()).AddColumn(new TableColumn("Success@10").RightAligned())
            .AddColumn(new TableColumn("MRR@10").RightAligned());
        foreach (var score in report.ByKind.Append(report.Overall))
        {
            table.AddRow(score.Kind, Number(score.Queries), Ratio(score.SuccessAt1), Ratio(score.SuccessAt10), Ratio(score.MrrAt10));
        }

        console.Write(table);
        var latency = string.Join("  ", Percentiles.Select(p => string.Create(CultureInfo.InvariantCulture, $"p{p:F0} {report.LatencyPercentileMs(p):F2} ms")));
        console.MarkupLine($"Search latency in process, top {KnownItemBenchmark.Depth} with snippets, one thread: {latency}");
        if (!showMisses)
        {
            return;
        }

        foreach (var miss in report.Misses)
        {
            var rank = miss.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-";
            console.MarkupLine(Markup.Escape($"  {miss.Query.Kind,-16} rank {rank,-2} {miss.Query.Query}  want {miss.Query.TargetId}, got {miss.TopId}"));
        }
    }

    public static object ToJson(KnownItemReport report) => new
    {
        byKind = report.ByKind,
        overall = report.Overall,
        latencyMs = Percentiles.ToDictionary(p => string.Create(CultureInfo.InvariantCulture, $"p{p:F0}"), report.LatencyPercentileMs),
        misses = report.Misses.Select(miss => new { kind = miss.Query.Kind, query = miss.Query.Query, want = miss.Query.TargetId, got = miss.TopId, miss.Rank }),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
