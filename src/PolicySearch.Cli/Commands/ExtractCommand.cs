using System.Diagnostics;
using System.Globalization;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Fetching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

/// <summary>
/// `policysearch extract FILE...`: the text the crawler indexes for attachment files, read as a crawl reads them (same
/// readers, limits and OCR settings), or with --repeat N the time each file takes to read.
/// </summary>
public sealed class ExtractCommand : Command<ExtractSettings>
{
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var environment = CliEnvironment.Create(settings.IndexPath, consoleLogging: false, crawler: true);
        var ocr = new TesseractOcr(environment.Get<CrawlerOptions>());
        AnsiConsole.MarkupLine("[grey]OCR: " + Markup.Escape(ocr.Status) + "[/]");
        var table = new Table().AddColumns("File", "Format", "Characters", "Median ms", "Slowest ms", "Problem");
        foreach (var file in settings.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = File.ReadAllBytes(file);
            var declared = ContentKinds.OfExtension(Path.GetExtension(file));
            var format = AttachmentText.Detect(declared, body).ToString().ToLowerInvariant();
            var (reading, times) = Time(declared, body, ocr, settings.Repeat);
            var characters = (reading.Text?.Length ?? 0).ToString("N0", CultureInfo.InvariantCulture);
            if (settings.Repeat == 1)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"== {file}: {format}, {characters} characters, {times[0]:F1} ms{(reading.Problem is null ? string.Empty : ", not read: " + reading.Problem)}"));
                Console.WriteLine(reading.Text);
                continue;
            }

            times.Sort();
            table.AddRow(Markup.Escape(Path.GetFileName(file)), format, characters, Ms(times[times.Count / 2]), Ms(times[^1]), reading.Problem ?? string.Empty);
        }

        if (settings.Repeat > 1)
        {
            AnsiConsole.Write(table);
        }

        return ExitCodes.Success;
    }

    /// <summary>One warm-up read (JIT, OCR data load), then <paramref name="repeat"/> timed reads; a single read is timed as it is.</summary>
    private static (AttachmentReading Reading, List<double> Times) Time(ContentKind declared, byte[] body, TesseractOcr ocr, int repeat)
    {
        var reading = repeat > 1 ? AttachmentText.Read(declared, body, ocr) : null;
        var times = new List<double>(repeat);
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            reading = AttachmentText.Read(declared, body, ocr);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (reading!, times);
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("F2", CultureInfo.InvariantCulture);
}
