using System.Text.RegularExpressions;

namespace PolicySearch.Crawler.Attachments.Ocr;

/// <summary>
/// Reads pictures and scanned PDF pages with the Tesseract program (Debian: tesseract-ocr, tesseract-ocr-chi-sim), PDF
/// pages rendered first by pdftoppm (poppler-utils). Each run is a <see cref="BoundedProcess"/>: time per picture, pages per
/// PDF and memory are capped by <see cref="CrawlerOptions"/>. Whether the programs and language data are there is checked
/// once; <see cref="Status"/> says what was found or what is missing, for the crawl report.
/// </summary>
public sealed partial class TesseractOcr
{
    private readonly CrawlerOptions _options;
    private readonly Lazy<OcrProbe> _probe;

    public TesseractOcr(CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _probe = new Lazy<OcrProbe>(() => OcrProbe.Run(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True when Tesseract and its language data are installed.</summary>
    public bool IsAvailable => _probe.Value.Tesseract is not null;

    /// <summary>What OCR will use ("tesseract 5.3.0 (chi_sim+eng); scanned PDFs rendered by pdftoppm"), or why it is off.</summary>
    public string Status => _probe.Value.Status;

    internal string RecognizeImage(byte[] image)
    {
        using var folder = new ScratchFolder();
        var path = Path.Combine(folder.Path, "image");
        File.WriteAllBytes(path, image);
        return Recognize(path, folder.Path);
    }

    /// <summary>OCR of the first <see cref="CrawlerOptions.OcrMaxPages"/> pages of a PDF without a text layer.</summary>
    internal string RecognizePdf(byte[] pdf, int pageCount)
    {
        var renderer = _probe.Value.PdfRenderer ?? throw new AttachmentRefusedException("ocr_unavailable");
        var pages = Math.Min(pageCount, _options.OcrMaxPages);
        using var folder = new ScratchFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "scan.pdf"), pdf);
        string[] arguments = ["-r", "200", "-gray", "-png", "-f", "1", "-l", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), "scan.pdf", "page"];
        var rendered = BoundedProcess.Run(renderer, arguments, _options.OcrTimeout, MemoryBytes, folder.Path);
        Check(rendered);
        var text = new List<string>();
        foreach (var page in Directory.GetFiles(folder.Path, "page-*.png").Order(StringComparer.Ordinal))
        {
            text.Add(Recognize(page, folder.Path));
        }

        return string.Join('\n', text.Where(page => page.Length > 0));
    }

    private long MemoryBytes => _options.OcrMemoryMegabytes * 1024L * 1024;

    private string Recognize(string imagePath, string workingDirectory)
    {
        var tesseract = _probe.Value.Tesseract ?? throw new AttachmentRefusedException("ocr_unavailable");
        var outcome = BoundedProcess.Run(tesseract, [imagePath, "stdout", "-l", _options.OcrLanguages, "--psm", "3"], _options.OcrTimeout, MemoryBytes, workingDirectory);
        Check(outcome);
        return Tidy(outcome.Output);
    }

    private static void Check(ProcessOutcome outcome)
    {
        if (outcome.TimedOut)
        {
            throw new AttachmentRefusedException("attachment_too_slow");
        }

        if (!outcome.Succeeded)
        {
            throw new AttachmentRefusedException("ocr_failed");
        }
    }

    /// <summary>Tesseract puts a space between Chinese characters; those spaces are not in the document.</summary>
    internal static string Tidy(string recognised) => TextBudget.Tidy(SpaceBetweenHan().Replace(recognised, string.Empty));

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])[ \t]+(?=[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}])")]
    private static partial Regex SpaceBetweenHan();
}
