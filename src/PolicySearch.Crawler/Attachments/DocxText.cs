using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicySearch.Crawler.Attachments;

/// <summary>Text of a DOCX (Open XML SDK), one line per paragraph.</summary>
internal static class DocxText
{
    public static string Read(byte[] body)
    {
        if (InflationLimit.ZipExceeds(body, AttachmentText.MaxDocxUncompressedBytes))
        {
            throw new AttachmentRefusedException("attachment_bomb");
        }

        using var stream = new MemoryStream(body, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var paragraphs = document.MainDocumentPart?.Document?.Body?
            .Descendants<Paragraph>()
            .Select(paragraph => paragraph.InnerText.Trim())
            .Where(text => text.Length > 0) ?? [];
        var text = string.Join('\n', paragraphs);
        return text.Length > AttachmentText.MaxTextChars ? throw new AttachmentRefusedException("attachment_text_too_long") : text;
    }
}
