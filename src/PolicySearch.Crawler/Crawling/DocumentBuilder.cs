using System.Text.Json;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Serialization;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// Turns an extracted page into a normalised <see cref="PolicyDocument"/>; each extracted attachment becomes its own
/// document with the parent's metadata, linked both ways through Extra. Displayed values (title, issuer, topic,
/// validity text, source) keep the characters the page shows, full-width ones included; only matching keys are
/// normalised (文号, 索引号, dates; the index folds facets and title keys itself). The url is the page's address
/// without fragment or tracking parameters.
/// </summary>
public static class DocumentBuilder
{
    /// <summary>Extra key of the SHA-256 of the raw page a document was extracted from (its attachments carry the parent's).</summary>
    public const string PageHashKey = "pageHash";

    public static PolicyDocument Build(SiteDefinition site, string id, Uri url, ExtractedPage page, IReadOnlyList<AttachmentInfo> attachments, PageOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        origin ??= PageOrigin.Unknown;
        var validityText = MetadataText.Tidy(page.Get(MetadataField.Validity));
        var extra = new Dictionary<string, object?>
        {
            ["site"] = site.Name,
            [PageHashKey] = origin.PageHash,
            ["contentSource"] = MetadataText.Tidy(page.Get(MetadataField.Source)),
            ["fieldOrigins"] = page.Origins.ToDictionary(pair => JsonNamingPolicy.CamelCase.ConvertName(pair.Key.ToString()), pair => pair.Value),
            ["attachments"] = attachments,
        };
        return new PolicyDocument
        {
            Id = id,
            Title = MetadataText.Tidy(page.Title) ?? UrlCanonicalizer.Clean(url).AbsoluteUri,
            Body = page.Body,
            Url = UrlCanonicalizer.Clean(url).AbsoluteUri,
            DocumentNumber = DocumentNumbers.Normalize(page.Get(MetadataField.DocumentNumber)),
            IndexNumber = IndexNumbers.Normalize(page.Get(MetadataField.IndexNumber)),
            Issuer = MetadataText.Tidy(page.Get(MetadataField.Issuer)),
            Topic = MetadataText.Tidy(page.Get(MetadataField.Topic)),
            Category = DocumentCategory.For(site, url, origin.FoundOn, page),
            WrittenDate = ChineseDate.Parse(page.Get(MetadataField.WrittenDate)),
            PublishedDate = ChineseDate.Parse(page.Get(MetadataField.PublishedDate)),
            EffectiveDate = ChineseDate.Parse(page.Get(MetadataField.EffectiveDate)),
            Validity = ValidityParser.Parse(validityText),
            ValidityText = validityText,
            Source = site.Name,
            Extra = JsonSerializer.SerializeToElement(extra, PolicyJson.Options),
        };
    }

    public static PolicyDocument BuildAttachment(PolicyDocument parent, AttachmentInfo attachment)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(attachment);
        var extra = new Dictionary<string, object?>
        {
            ["site"] = parent.Source,
            [PageHashKey] = parent.Extra is { ValueKind: JsonValueKind.Object } parentExtra && parentExtra.TryGetProperty(PageHashKey, out var hash) ? hash.GetString() : null,
            ["parentId"] = parent.Id,
            ["parentUrl"] = parent.Url,
            ["attachmentName"] = attachment.Name,
            ["attachmentType"] = attachment.Type,
        };
        return parent with
        {
            Id = attachment.DocumentId ?? throw new ArgumentException("The attachment has no document id.", nameof(attachment)),
            Title = $"{parent.Title}（附件：{attachment.Name}）",
            Body = attachment.Text ?? string.Empty,
            Url = UrlCanonicalizer.Clean(new Uri(attachment.Url)).AbsoluteUri,
            Extra = JsonSerializer.SerializeToElement(extra, PolicyJson.Options),
        };
    }
}
