using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PolicySearch.Crawler.Fetching;
using UglyToad.PdfPig;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of PDF (PdfPig) and DOCX (Open XML) attachments; other formats are listed but not read. Bombs are refused with a
/// reason code before (inflation, declared pages) or while (text size, time) they are read.
/// </summary>
public static class AttachmentText
{
    /// <summary>Uncompressed size a DOCX may declare or inflate to in all; past it, it is a zip bomb and not read.</summary>
    public const long MaxDocxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>What the Flate streams of a PDF may inflate to in all; past it, it is a bomb and not read.</summary>
    public const long MaxPdfInflatedBytes = 64L * 1024 * 1024;

    /// <summary>Pages a PDF may have (a page tree may declare millions).</summary>
    public const int MaxPdfPages = 2_000;

    /// <summary>Characters of text one attachment may give.</summary>
    public const int MaxTextChars = 4_000_000;

    /// <summary>Reading time of one attachment, checked between pages.</summary>
    public static readonly TimeSpan MaxReadingTime = TimeSpan.FromSeconds(30);

    public static bool CanExtract(ContentKind kind) => kind is ContentKind.Pdf or ContentKind.Docx;

    /// <summary>The text, or null when the format is not supported or the file cannot be (or may not be) read.</summary>
    public static string? Extract(ContentKind kind, byte[] body) => Read(kind, body).Text;

    /// <summary>The text, or the reason it was not read: attachment_bomb, attachment_too_many_pages, attachment_text_too_long, attachment_too_slow, attachment_unreadable.</summary>
    public static AttachmentReading Read(ContentKind kind, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return kind switch
            {
                ContentKind.Pdf => Pdf(body),
                ContentKind.Docx => Docx(body),
                _ => new AttachmentReading(null, null),
            };
        }
#pragma warning disable CA1031 // A corrupt attachment is reported as unreadable; it must not stop the crawl.
        catch (Exception)
#pragma warning restore CA1031
        {
            return AttachmentReading.Refused("attachment_unreadable");
        }
    }

    private static AttachmentReading Pdf(byte[] body)
    {
        if (InflationLimit.PdfExceeds(body, MaxPdfInflatedBytes))
        {
            return AttachmentReading.Refused("attachment_bomb");
        }

        var clock = Stopwatch.StartNew();
        using var document = PdfDocument.Open(body);
        if (document.NumberOfPages > MaxPdfPages)
        {
            return AttachmentReading.Refused("attachment_too_many_pages");
        }

        var builder = new StringBuilder();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            builder.AppendLine(string.Join(' ', document.GetPage(number).GetWords().Select(word => word.Text)));
            if (builder.Length > MaxTextChars)
            {
                return AttachmentReading.Refused("attachment_text_too_long");
            }

            if (clock.Elapsed > MaxReadingTime)
            {
                return AttachmentReading.Refused("attachment_too_slow");
            }
        }

        return AttachmentReading.Read(builder.ToString().Trim());
    }

    private static AttachmentReading Docx(byte[] body)
    {
        if (InflationLimit.ZipExceeds(body, MaxDocxUncompressedBytes))
        {
            return AttachmentReading.Refused("attachment_bomb");
        }

        using var stream = new MemoryStream(body);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var paragraphs = document.MainDocumentPart?.Document?.Body?
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(paragraph => paragraph.InnerText.Trim())
            .Where(text => text.Length > 0) ?? [];
        var text = string.Join('\n', paragraphs);
        return text.Length > MaxTextChars ? AttachmentReading.Refused("attachment_text_too_long") : AttachmentReading.Read(text);
    }
}
