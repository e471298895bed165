namespace PolicySearch.Crawler.Attachments;

/// <summary>Text of a picture (a notice published as an image), by OCR.</summary>
internal static class ImageText
{
    public static string Read(byte[] body, ReadingContext context) =>
        context.Ocr is { IsAvailable: true } ocr ? ocr.RecognizeImage(body) : throw new AttachmentRefusedException("ocr_unavailable");
}
