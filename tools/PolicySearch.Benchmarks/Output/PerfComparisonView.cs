using PolicySearch.Benchmarks.Perf;
using Spectre.Console;
using static PolicySearch.Benchmarks.Output.PerfReportView;

namespace PolicySearch.Benchmarks.Output;

/// <summary>The one table of `perf-compare`: our figures beside the Java reference's, and what each run was measured on.</summary>
internal static class PerfComparisonView
{
    public static void Write(IAnsiConsole console, PerfFigures ours, PerfFigures java)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(java);
        var table = new Table().Border(TableBorder.Rounded).Title("Side by side: PolicySearch (ours) and the Java reference");
        foreach (var column in new[] { "Section", "Measure", "Threads", "Ours", "Java", "Better" })
        {
            table.AddColumn(new TableColumn(column) { Alignment = column is "Section" or "Measure" ? Justify.Left : Justify.Right });
        }

        foreach (var row in PerfComparison.Rows(ours, java))
        {
            var threads = row.Threads is { } count ? N(count) : string.Empty;
            table.AddRow(row.Section, Markup.Escape(row.Measure), threads, Figure(row.Ours, row.Decimals), Figure(row.Java, row.Decimals), Markup.Escape(row.Better ?? None));
        }

        table.AddRow("machine", "load average (1/5/15 min), start → end", string.Empty, Markup.Escape(LoadAverage(ours)), Markup.Escape(LoadAverage(java)), string.Empty);
        console.Write(table);
        console.MarkupLine(Markup.Escape("Whole chain: ours SmartCn words + CJK bigrams, Java SmartChineseAnalyzer (words only). Plain: the plain queries of the mix, top 10;"
            + " snippets: ours SnippetBuilder, Java the classic Highlighter on each of the 10 bodies."));
        console.MarkupLine(Markup.Escape($"Ours: {ours.Documents:N0} documents from {ours.Corpus} on {ours.Machine}"));
        console.MarkupLine(Markup.Escape($"Java: {java.Engine ?? "(no engine named)"}; {java.Documents:N0} documents from {java.Corpus} on {java.Machine}"));
        if (ours.Documents != java.Documents)
        {
            console.MarkupLine($"[yellow]{Markup.Escape($"The two runs indexed different numbers of documents (ours {ours.Documents:N0}, Java {java.Documents:N0}): the figures are not comparable.")}[/]");
        }
    }

    private static string Figure(double? value, int decimals) => value is { } figure ? F(figure, decimals) : None;

    private static string LoadAverage(PerfFigures figures) => $"{figures.LoadAverageAtStart ?? "?"} → {figures.LoadAverageAtEnd ?? "?"}";
}
