using System.Globalization;
using PolicySearch.Core.Maintenance;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>The check and fix reports, with the way back for lost documents. Sentences are plain lines (not wrapped) so scripts can grep them.</summary>
internal static class CheckReportView
{
    public static void Write(IAnsiConsole console, IndexCheckReport report)
    {
        if (!report.Readable)
        {
            console.MarkupLine($"[red]Index {Markup.Escape(report.Path)} is unreadable[/]: {Markup.Escape(report.Problem ?? "no commit")}");
            Console.WriteLine("No segment could be checked. Restore a backup with 'policysearch restore BACKUP_DIR --index DIR --force', or rebuild the index (import the archives, or 'policysearch reextract SITE' for crawled sites).");
            return;
        }

        var table = new Table().AddColumn("Segment").AddColumn(new TableColumn("Documents").RightAligned()).AddColumn(new TableColumn("Size").RightAligned()).AddColumn("State");
        foreach (var segment in report.Segments)
        {
            table.AddRow(
                Markup.Escape(segment.Name),
                Number(segment.DocumentCount),
                string.Create(CultureInfo.InvariantCulture, $"{segment.SizeBytes / 1024.0:F0} KB"),
                segment.Broken ? "[red]broken[/]: " + Markup.Escape(segment.Error!) : "[green]ok[/]");
        }

        console.Write(table);
        var state = report.Clean ? "[green]clean[/]" : $"[red]{report.BrokenSegmentCount} broken segments[/]";
        console.MarkupLine($"Index {Markup.Escape(report.Path)}, commit {Markup.Escape(report.CommitFile ?? "?")}: {state}, {Number(report.DocumentCount)} documents.");
        if (!report.Clean)
        {
            Console.WriteLine($"Documents that 'policysearch check --fix' would lose: {Number(report.DocumentsLostByFix)}.");
        }
    }

    public static void WriteFix(IAnsiConsole console, IndexFixReport report)
    {
        Console.WriteLine($"Dropped {report.DroppedSegments.Count} segments ({string.Join(", ", report.DroppedSegments)}) of {report.Path}: lost {Number(report.DocumentsLost)} documents, {Number(report.DocumentsRemaining)} remain (commit generation {report.Generation}).");
        Console.WriteLine("Recover the lost documents by importing the archives again ('policysearch import FILE...', which replaces by id), or re-extracting crawled sites from the crawl store ('policysearch reextract SITE').");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
