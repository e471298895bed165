using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Attachments;

/// <summary>
/// Pictures and a scanned PDF (text set by LibreOffice, rasterised by pdftoppm) read by the real Tesseract as a bounded
/// child process. .ci/run installs tesseract-ocr, tesseract-ocr-chi-sim and poppler-utils; on a machine without them the
/// tests that need them are skipped, and the behaviour without OCR is tested everywhere.
/// </summary>
public sealed class OcrTests
{
    private static readonly TesseractOcr Installed = new(new CrawlerOptions());

    [SkippableTheory]
    [InlineData("notice.png")]
    [InlineData("notice.jpg")]
    public void A_picture_is_read_by_ocr(string fileName)
    {
        Skip.IfNot(Installed.IsAvailable, "OCR: " + Installed.Status);

        var reading = Read(fileName, Installed);

        Assert.Null(reading.Problem);
        Assert.Contains("禁止燃放烟花爆竹通告", reading.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_scanned_pdf_without_a_text_layer_is_rendered_and_read_by_ocr()
    {
        Skip.IfNot(Installed.IsAvailable && Installed.Status.Contains("pdftoppm", StringComparison.Ordinal), "OCR: " + Installed.Status);

        var withoutOcr = Read("scan.pdf", ocr: null);
        var withOcr = Read("scan.pdf", Installed);

        Assert.Equal("ocr_unavailable", withoutOcr.Problem);
        Assert.Null(withOcr.Problem);
        Assert.Contains("森林防火期野外用火", withOcr.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_tesseract_pictures_and_scans_are_refused_as_ocr_unavailable_and_the_status_says_what_to_install()
    {
        var missing = new TesseractOcr(new CrawlerOptions { OcrCommand = "/nonexistent/bin/tesseract" });

        Assert.False(missing.IsAvailable);
        Assert.Contains("'/nonexistent/bin/tesseract' not found", missing.Status, StringComparison.Ordinal);
        Assert.Contains("tesseract-ocr-chi-sim", missing.Status, StringComparison.Ordinal);
        Assert.Equal("ocr_unavailable", Read("notice.png", missing).Problem);
        Assert.Equal("ocr_unavailable", Read("scan.pdf", missing).Problem);
        Assert.Null(Read("notice.doc", missing).Problem);
    }

    [SkippableFact]
    public void An_ocr_run_past_its_time_is_killed_and_the_attachment_refused_as_too_slow()
    {
        Skip.IfNot(Installed.IsAvailable, "OCR: " + Installed.Status);
        var impatient = new TesseractOcr(new CrawlerOptions { OcrTimeout = TimeSpan.FromMilliseconds(1) });
        Skip.IfNot(impatient.IsAvailable, "OCR: " + impatient.Status);

        Assert.Equal("attachment_too_slow", Read("notice.png", impatient).Problem);
    }

    [SkippableFact]
    public void An_ocr_run_past_its_memory_fails_and_the_attachment_is_refused()
    {
        Skip.IfNot(Installed.IsAvailable, "OCR: " + Installed.Status);
        Skip.If(!File.Exists("/usr/bin/prlimit"), "no prlimit (util-linux) to cap memory");
        var starved = new TesseractOcr(new CrawlerOptions { OcrMemoryMegabytes = 64 });

        Assert.Equal("ocr_failed", Read("notice.png", starved).Problem);
    }

    [Fact]
    public void Spaces_tesseract_puts_between_chinese_characters_are_removed_and_others_kept()
    {
        Assert.Equal("关于印发《办法》的通知\nPage 2 of 3", TesseractOcr.Tidy("关 于 印 发 《 办 法 》 的 通 知\n\nPage 2 of 3  \n"));
    }

    private static AttachmentReading Read(string fileName, TesseractOcr? ocr) =>
        AttachmentText.Read(ContentKinds.OfExtension(Path.GetExtension(fileName)), File.ReadAllBytes(TestPaths.Attachment(fileName)), ocr);
}
