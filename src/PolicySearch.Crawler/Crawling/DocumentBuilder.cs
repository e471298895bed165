using System.Text.Json;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Serialization;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// Turns an extracted page into a normalised <see cref="PolicyDocument"/>; each extracted attachment becomes its own
/// document with the parent's metadata, linked both ways through Extra.
/// </summary>
public static class DocumentBuilder
{
    public static PolicyDocument Build(SiteDefinition site, string id, Uri url, ExtractedPage page, IReadOnlyList<AttachmentInfo> attachments)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(page);
        var validityText = MetadataText.Clean(page.Get(MetadataField.Validity));
        var extra = new Dictionary<string, object?>
        {
            ["site"] = site.Name,
            ["contentSource"] = MetadataText.Clean(page.Get(MetadataField.Source)),
            ["fieldOrigins"] = page.Origins.ToDictionary(pair => JsonNamingPolicy.CamelCase.ConvertName(pair.Key.ToString()), pair => pair.Value),
            ["attachments"] = attachments,
        };
        return new PolicyDocument
        {
            Id = id,
            Title = MetadataText.Clean(page.Title) ?? url.AbsoluteUri,
            Body = page.Body,
            Url = url.GetLeftPart(UriPartial.Query),
            DocumentNumber = DocumentNumbers.Normalize(page.Get(MetadataField.DocumentNumber)),
            IndexNumber = IndexNumbers.Normalize(page.Get(MetadataField.IndexNumber)),
            Issuer = MetadataText.Clean(page.Get(MetadataField.Issuer)),
            Topic = MetadataText.Clean(page.Get(MetadataField.Topic)),
            Category = site.Category,
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
            Url = attachment.Url,
            Extra = JsonSerializer.SerializeToElement(extra, PolicyJson.Options),
        };
    }
}
