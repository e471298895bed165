using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>DOCX files built with Open XML: one paragraph of the given text (a long run of spaces packs into a zip bomb).</summary>
internal static class DocxSamples
{
    public static byte[] WithText(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))));
        }

        return stream.ToArray();
    }
}
