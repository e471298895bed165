using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PolicySearch.Crawler.Fetching;
using UglyToad.PdfPig;

namespace PolicySearch.Crawler.Attachments;

/// <summary>Text of PDF (PdfPig) and DOCX (Open XML) attachments; other formats are listed but not read.</summary>
public static class AttachmentText
{
    /// <summary>Uncompressed size a DOCX may declare in all; past it, it is treated as a zip bomb and not read.</summary>
    public const long MaxDocxUncompressedBytes = 64L * 1024 * 1024;

    public static bool CanExtract(ContentKind kind) => kind is ContentKind.Pdf or ContentKind.Docx;

    /// <summary>The text, or null when the format is not supported or the file cannot be read.</summary>
    public static string? Extract(ContentKind kind, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return kind switch
            {
                ContentKind.Pdf => Pdf(body),
                ContentKind.Docx => Docx(body),
                _ => null,
            };
        }
#pragma warning disable CA1031 // A corrupt attachment is reported as not extracted; it must not stop the crawl.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string Pdf(byte[] body)
    {
        using var document = PdfDocument.Open(body);
        var builder = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            builder.AppendLine(string.Join(' ', page.GetWords().Select(word => word.Text)));
        }

        return builder.ToString().Trim();
    }

    private static string? Docx(byte[] body)
    {
        if (!WithinUncompressedLimit(body))
        {
            return null;
        }

        using var stream = new MemoryStream(body);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var paragraphs = document.MainDocumentPart?.Document?.Body?
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(paragraph => paragraph.InnerText.Trim())
            .Where(text => text.Length > 0) ?? [];
        return string.Join('\n', paragraphs);
    }

    /// <summary>A DOCX is a zip: its entries' declared sizes must stay within <see cref="MaxDocxUncompressedBytes"/>.</summary>
    private static bool WithinUncompressedLimit(byte[] body)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(body), System.IO.Compression.ZipArchiveMode.Read);
        return zip.Entries.Sum(entry => entry.Length) <= MaxDocxUncompressedBytes;
    }
}
