using System.Diagnostics;
using PolicySearch.Crawler.Attachments.Ocr;

namespace PolicySearch.Crawler.Attachments;

/// <summary>What one attachment's reading shares with the readers it calls: the clock, the archive depth and the OCR engine (null: no OCR).</summary>
internal sealed record ReadingContext(TesseractOcr? Ocr, Stopwatch Clock, int Depth)
{
    public static ReadingContext Start(TesseractOcr? ocr) => new(ocr, Stopwatch.StartNew(), 0);

    /// <summary>Throws attachment_too_slow once the reading has taken longer than <see cref="AttachmentText.MaxReadingTime"/>.</summary>
    public void CheckTime()
    {
        if (Clock.Elapsed > AttachmentText.MaxReadingTime)
        {
            throw new AttachmentRefusedException("attachment_too_slow");
        }
    }
}
