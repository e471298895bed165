using UglyToad.PdfPig;

namespace PolicySearch.Crawler.Attachments;

/// <summary>Text of a PDF's text layer (PdfPig); a PDF without one (a scan) is rendered and read by OCR.</summary>
internal static class PdfText
{
    /// <summary>Below this many letters per page on average, a PDF has no real text layer (a scan with a page number, say).</summary>
    private const int ScannedLettersPerPage = 16;

    public static string Read(byte[] body, ReadingContext context)
    {
        if (InflationLimit.PdfExceeds(body, AttachmentText.MaxPdfInflatedBytes))
        {
            throw new AttachmentRefusedException("attachment_bomb");
        }

        using var document = PdfDocument.Open(body);
        var pages = document.NumberOfPages;
        if (pages > AttachmentText.MaxPdfPages)
        {
            throw new AttachmentRefusedException("attachment_too_many_pages");
        }

        var text = new TextBudget(context);
        for (var number = 1; number <= pages; number++)
        {
            text.AppendLine(string.Join(' ', document.GetPage(number).GetWords().Select(word => word.Text)));
        }

        var layer = text.ToString();
        if (layer.Count(char.IsLetterOrDigit) >= ScannedLettersPerPage * pages)
        {
            return layer;
        }

        if (context.Ocr is not { IsAvailable: true } ocr)
        {
            return layer.Length > 0 ? layer : throw new AttachmentRefusedException("ocr_unavailable");
        }

        try
        {
            var recognised = ocr.RecognizePdf(body, pages);
            return recognised.Length > layer.Length ? recognised : layer;
        }
        catch (AttachmentRefusedException) when (layer.Length > 0)
        {
            return layer; // what the text layer has beats nothing
        }
    }
}
