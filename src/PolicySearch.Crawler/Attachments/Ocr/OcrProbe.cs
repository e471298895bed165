namespace PolicySearch.Crawler.Attachments.Ocr;

/// <summary>What the OCR programs on this machine are: the tesseract and pdftoppm paths (null when missing) and a one-line status.</summary>
internal sealed record OcrProbe(string? Tesseract, string? PdfRenderer, string Status)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    public static OcrProbe Run(CrawlerOptions options)
    {
        var tesseract = ExecutableSearch.Find(options.OcrCommand);
        if (tesseract is null)
        {
            return new OcrProbe(null, null, string.IsNullOrWhiteSpace(options.OcrCommand)
                ? "off (Crawler:OcrCommand is empty)"
                : $"unavailable: '{options.OcrCommand}' not found (install tesseract-ocr and tesseract-ocr-chi-sim)");
        }

        var listed = BoundedProcess.Run(tesseract, ["--list-langs"], ProbeTimeout, 0, Path.GetTempPath());
        var installed = (listed.Output + "\n" + listed.Errors).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var missing = options.OcrLanguages.Split('+', StringSplitOptions.RemoveEmptyEntries).Where(language => !installed.Contains(language)).ToList();
        if (!listed.Succeeded || missing.Count > 0)
        {
            return new OcrProbe(null, null, $"unavailable: {tesseract} has no {string.Join('+', missing)} language data (install tesseract-ocr-chi-sim)");
        }

        var version = BoundedProcess.Run(tesseract, ["--version"], ProbeTimeout, 0, Path.GetTempPath());
        var name = (version.Output + "\n" + version.Errors).Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(line => line.StartsWith("tesseract", StringComparison.Ordinal)) ?? "tesseract";
        var renderer = ExecutableSearch.Find(options.PdfRenderCommand);
        var pdfs = renderer is null ? $"scanned PDFs not read: '{options.PdfRenderCommand}' not found (install poppler-utils)" : "scanned PDFs rendered by " + Path.GetFileName(renderer);
        return new OcrProbe(tesseract, renderer, $"{name} ({options.OcrLanguages}); {pdfs}");
    }
}
