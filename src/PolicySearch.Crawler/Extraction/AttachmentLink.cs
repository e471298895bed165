namespace PolicySearch.Crawler.Extraction;

/// <summary>A link to an attachment found on a detail page.</summary>
public sealed record AttachmentLink(string Name, Uri Url, string Type);
