using System.Globalization;
using PolicySearch.Engine.Evaluation;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

internal static class EvalReportView
{
    public static void Write(IAnsiConsole console, TextWriter lines, JudgedReport report, bool perQuery)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Kind").NoWrap()).AddColumn(new TableColumn("Queries").RightAligned()).AddColumn(new TableColumn("Judged").RightAligned())
            .AddColumn(new TableColumn("MRR@10").RightAligned()).AddColumn(new TableColumn("nDCG@10").RightAligned())
            .AddColumn(new TableColumn("P@10").RightAligned()).AddColumn(new TableColumn("S@1").RightAligned())
            .AddColumn(new TableColumn("S@3").RightAligned()).AddColumn(new TableColumn("S@10").RightAligned())
            .AddColumn(new TableColumn("Zero").RightAligned());
        foreach (var score in report.ByKind.Append(report.KnownItems).Append(report.Overall))
        {
            table.AddRow(
                Markup.Escape(score.Kind), Number(score.Queries), Number(score.Judgments),
                Ratio(score.MrrAt10), Ratio(score.NdcgAt10), Ratio(score.PrecisionAt10), Ratio(score.SuccessAt1),
                Ratio(score.SuccessAt3), Ratio(score.SuccessAt10), Ratio(score.ZeroResultRate));
        }

        console.Write(table);
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Top {JudgedRunner.Depth} per query; relevant means grade {RelevanceMetrics.RelevantGrade} or more; nDCG gain 2^grade-1, ideal from all judged documents; S@k: a relevant document in the top k; Zero: share of queries with no result."));
        if (!perQuery)
        {
            return;
        }

        foreach (var outcome in report.Outcomes)
        {
            var rank = outcome.FirstRelevantRank?.ToString(CultureInfo.InvariantCulture) ?? "-";
            lines.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{outcome.Query.Kind,-13} rr {outcome.ReciprocalRank:F3}  ndcg {outcome.Ndcg:F3}  first {rank,-2}  hits {outcome.TotalHits,-5}  top {(outcome.RankedIds.Count > 0 ? outcome.RankedIds[0] : "-"),-20}  {outcome.Query.Query}"));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
