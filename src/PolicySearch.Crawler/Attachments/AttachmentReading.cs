namespace PolicySearch.Crawler.Attachments;

/// <summary>The text read from an attachment, or the reason code it was refused with (attachment_bomb, attachment_too_many_pages …).</summary>
public sealed record AttachmentReading(string? Text, string? Problem)
{
    public static AttachmentReading Read(string text) => new(text, null);

    public static AttachmentReading Refused(string problem) => new(null, problem);
}
