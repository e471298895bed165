using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of attachments: PDF (PdfPig, OCR when it has no text layer), DOCX (Open XML), DOC and WPS (compound-file reader),
/// XLS, XLSX and ET (ExcelDataReader), RTF, TXT (encoding detected), OFD, ZIP and RAR archives of these (SharpCompress), and
/// images (Tesseract). The bytes decide the format where they can (a .doc served as application/pdf is read as a DOC); the
/// declared kind decides the rest. Bombs are refused with a reason code before (inflation, declared pages) or while (text
/// size, time) they are read.
/// </summary>
public static class AttachmentText
{
    /// <summary>Uncompressed size a DOCX, XLSX or OFD may declare or inflate to in all; past it, it is a zip bomb and not read.</summary>
    public const long MaxDocxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>What the Flate streams of a PDF may inflate to in all; past it, it is a bomb and not read.</summary>
    public const long MaxPdfInflatedBytes = 64L * 1024 * 1024;

    /// <summary>What the entries of a ZIP or RAR archive may inflate to in all, nested archives included.</summary>
    public const long MaxArchiveInflatedBytes = 64L * 1024 * 1024;

    /// <summary>Files an archive may hold; past it, it is refused as a bomb.</summary>
    public const int MaxArchiveEntries = 1_000;

    /// <summary>Archives inside archives are read this deep (a .zip inside a .rar: depth 2).</summary>
    public const int MaxArchiveDepth = 2;

    /// <summary>Pages a PDF may have (a page tree may declare millions).</summary>
    public const int MaxPdfPages = 2_000;

    /// <summary>Characters of text one attachment may give.</summary>
    public const int MaxTextChars = 4_000_000;

    /// <summary>Reading time of one attachment without OCR, checked between pages, rows and entries (OCR has its own limits).</summary>
    public static readonly TimeSpan MaxReadingTime = TimeSpan.FromSeconds(30);

    public static bool CanExtract(ContentKind kind) => kind is ContentKind.Pdf or ContentKind.Docx or ContentKind.Doc or ContentKind.Xls
        or ContentKind.Xlsx or ContentKind.Rtf or ContentKind.Text or ContentKind.Ofd or ContentKind.Zip or ContentKind.Rar or ContentKind.Image;

    /// <summary>The text, or null when the format is not supported or the file cannot be (or may not be) read.</summary>
    public static string? Extract(ContentKind kind, byte[] body, TesseractOcr? ocr = null) => Read(kind, body, ocr).Text;

    /// <summary>
    /// The text, or the reason it was not read: attachment_bomb, attachment_too_many_pages, attachment_text_too_long,
    /// attachment_too_slow, attachment_encrypted, attachment_unreadable, ocr_unavailable (an image or scanned PDF and no OCR),
    /// ocr_failed. Without <paramref name="ocr"/> images and scanned PDFs are not read.
    /// </summary>
    public static AttachmentReading Read(ContentKind kind, byte[] body, TesseractOcr? ocr = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ReadNested(kind, body, ReadingContext.Start(ocr));
    }

    /// <summary>The format the bytes show (a .doc renamed .pdf is a Doc), the declared kind where they show none, Other when unreadable.</summary>
    public static ContentKind Detect(ContentKind declared, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return AttachmentSniffer.Detect(declared, body);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or ArgumentException)
        {
            return ContentKind.Other;
        }
    }

    internal static AttachmentReading ReadNested(ContentKind kind, byte[] body, ReadingContext context)
    {
        try
        {
            var text = AttachmentSniffer.Detect(kind, body) switch
            {
                ContentKind.Pdf => PdfText.Read(body, context),
                ContentKind.Docx => DocxText.Read(body),
                ContentKind.Doc => WordBinaryText.Read(body, context),
                ContentKind.Xls or ContentKind.Xlsx => SpreadsheetText.Read(body, context),
                ContentKind.Rtf => RtfText.Read(body, context),
                ContentKind.Text => PlainText.Read(body),
                ContentKind.Ofd => OfdText.Read(body, context),
                ContentKind.Zip or ContentKind.Rar => ArchiveText.Read(body, context),
                ContentKind.Image => ImageText.Read(body, context),
                _ => null,
            };
            return text is null ? new AttachmentReading(null, null) : AttachmentReading.Read(text);
        }
        catch (AttachmentRefusedException refused)
        {
            return AttachmentReading.Refused(refused.Problem);
        }
#pragma warning disable CA1031 // A corrupt attachment is reported as unreadable; it must not stop the crawl.
        catch (Exception)
#pragma warning restore CA1031
        {
            return AttachmentReading.Refused("attachment_unreadable");
        }
    }
}
