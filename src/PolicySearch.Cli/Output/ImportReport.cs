using System.Globalization;
using PolicySearch.Engine.Indexing.Import;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

internal static class ImportReport
{
    public static void WriteSummary(IAnsiConsole console, ImportSummary summary, string indexPath)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Import").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("Documents indexed", Format(summary.Documents));
        table.AddRow("Lines rejected", Format(summary.Rejected));
        table.AddRow("Text read", string.Create(CultureInfo.InvariantCulture, $"{summary.TextBytes / 1_048_576.0:F1} MB"));
        table.AddRow("Elapsed", string.Create(CultureInfo.InvariantCulture, $"{summary.Elapsed.TotalSeconds:F1} s"));
        table.AddRow("Throughput", string.Create(CultureInfo.InvariantCulture, $"{summary.DocumentsPerSecond:N0} docs/s, {summary.MegabytesPerSecond:F2} MB/s"));
        table.AddRow("Commits", Format(summary.Commits));
        table.AddRow("Index", Markup.Escape(indexPath));
        console.Write(table);
        if (summary.Cancelled)
        {
            console.MarkupLine("[yellow]Interrupted: everything indexed before the interruption was committed. Run the same import again to finish; documents are replaced by id, never duplicated.[/]");
        }
    }

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
