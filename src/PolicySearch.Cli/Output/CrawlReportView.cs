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
        Row(table, "Stopped", report.Stop + (report.Resumed ? " (resumed run)" : string.Empty));
        Row(table, "Pages fetched", Number(report.PagesFetched));
        Row(table, "New documents", Number(report.NewDocuments));
        Row(table, "Changed documents", Number(report.ChangedDocuments));
        Row(table, "Unchanged documents", Number(report.UnchangedDocuments));
        Row(table, "Removed documents", Number(report.RemovedDocuments));
        Row(table, "Duplicate pages", Number(report.DuplicateDocuments));
        Row(table, "Attachments extracted", Number(report.AttachmentsExtracted));
        Row(table, "Attachments not extracted", Breakdown(report.AttachmentsNotExtracted));
        Row(table, "Errors", Breakdown(report.ErrorsByKind));
        if (report.Ocr is not null)
        {
            Row(table, "OCR (images, scanned PDFs)", report.Ocr);
        }

        Row(table, "Elapsed", report.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s");
        Row(table, "Pages per second", report.PagesPerSecond.ToString("F1", CultureInfo.InvariantCulture));
        Row(table, "Index", indexPath);
        Row(table, "Crawl state", stateDirectory);
        console.Write(table);
        var unread = report.ErrorsByKind.GetValueOrDefault("ocr_unavailable");
        if (!report.OcrAvailable && unread > 0)
        {
            // Said plainly outside the table too: without OCR these attachments stay unread until it is installed and the site recrawled.
            Console.WriteLine($"OCR {report.Ocr}: {Number(unread)} images or scanned PDFs were not read.");
        }

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

    private static void Row(Table table, string name, string value) => table.AddRow(name, Markup.Escape(value));

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Breakdown(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "0" : string.Join(", ", counts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {Number(pair.Value)}"));
}
