using System.Globalization;
using PolicySearch.Crawler.Crawling;
using Spectre.Console;

namespace PolicySearch.Cli.Output;

/// <summary>The end-of-crawl report as a table.</summary>
internal static class CrawlReportView
{
    private const int ListedFailures = 20;

    public static void Write(IAnsiConsole console, CrawlReport report, string indexPath, string stateDirectory)
    {
        var table = new Table().AddColumn("Crawl of " + Markup.Escape(report.Site)).AddColumn(new TableColumn("Value").RightAligned());
        Row(table, "Stopped", report.Stop + (report.Resumed ? " (resumed run)" : string.Empty) + (report.RevisitedAll ? " (--full)" : string.Empty));
        Row(table, "Re-indexed from stored pages", Number(report.ReindexedDocuments));
        Row(table, "Pages fetched", Number(report.PagesFetched));
        Row(table, "New documents", Number(report.NewDocuments));
        Row(table, "Changed documents", Number(report.ChangedDocuments));
        Row(table, "Unchanged documents", Number(report.UnchangedDocuments));
        Row(table, "Removed documents", Number(report.RemovedDocuments));
        Row(table, "Duplicate pages", Number(report.DuplicateDocuments));
        Row(table, "Attachments extracted", Number(report.AttachmentsExtracted));
        Row(table, "Attachments not extracted", Breakdown(report.AttachmentsNotExtracted));
        Row(table, "Errors", Breakdown(report.ErrorsByKind));
        Row(table, "Pages waiting for a block", Number(report.WaitingForBlock));
        if (report.Ocr is not null)
        {
            Row(table, "OCR (images, scanned PDFs)", report.Ocr);
        }

        Row(table, "Elapsed", report.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s");
        Row(table, "Pages per second", report.PagesPerSecond.ToString("F1", CultureInfo.InvariantCulture));
        Row(table, "Index", indexPath);
        Row(table, "Crawl state", stateDirectory);
        console.Write(table);
        WriteNotes(report, stateDirectory);
        if (report.Failures.Count == 0)
        {
            return;
        }

        // One plain line per page, so scripts can grep the URL and the reason.
        Console.WriteLine("Not indexed:");
        foreach (var failure in report.Failures.Take(ListedFailures))
        {
            Console.WriteLine($"  {failure.Reason}  {failure.Url}");
        }

        var more = report.ErrorsByKind.Values.Sum() - Math.Min(report.Failures.Count, ListedFailures);
        if (more > 0)
        {
            Console.WriteLine($"  … and {Number(more)} more; the crawl state in {stateDirectory} keeps each with its reason (pages.error).");
        }
    }

    /// <summary>Plain sentences for what changed the index before the crawl and what waits for the next one.</summary>
    private static void WriteNotes(CrawlReport report, string stateDirectory)
    {
        if (report.ReindexedDocuments > 0)
        {
            Console.WriteLine($"Re-indexed {Count(report.ReindexedDocuments, "document", "documents")} the index lacked (or held in an older version), from stored pages in {stateDirectory}; nothing was fetched for them.");
        }

        if (report.StaleDocumentsRemoved > 0)
        {
            Console.WriteLine($"Removed {Count(report.StaleDocumentsRemoved, "document", "documents")} the index still held although the site had removed them (or they duplicate another page).");
        }

        foreach (var block in report.Blocks)
        {
            Console.WriteLine(
                $"Blocked: {block.Host} answered {block.Reason} at {block.Url}; backing off from it until {block.Until.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC.");
        }

        if (report.WaitingForBlock > 0)
        {
            Console.WriteLine($"{Count(report.WaitingForBlock, "page waits", "pages wait")} because of a block; the next crawl fetches the pages never tried first and the blocked ones last.");
        }

        var unread = report.ErrorsByKind.GetValueOrDefault("ocr_unavailable");
        if (!report.OcrAvailable && unread > 0)
        {
            // Said plainly outside the table too: without OCR these attachments stay unread until it is installed and the site recrawled.
            Console.WriteLine($"OCR {report.Ocr}: {Count(unread, "image or scanned PDF was", "images or scanned PDFs were")} not read.");
        }
    }

    private static void Row(Table table, string name, string value) => table.AddRow(name, Markup.Escape(value));

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int value, string one, string many) => $"{Number(value)} {(value == 1 ? one : many)}";

    private static string Breakdown(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "0" : string.Join(", ", counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {Number(pair.Value)}"));
}
