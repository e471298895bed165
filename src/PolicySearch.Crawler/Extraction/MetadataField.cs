namespace PolicySearch.Crawler.Extraction;

/// <summary>The fields read from a detail page.</summary>
public enum MetadataField
{
    /// <summary>A label that only ends the value before it (公开方式, 访问量 …).</summary>
    Ignored,
    Title,
    IndexNumber,
    Issuer,
    Topic,
    WrittenDate,
    PublishedDate,
    EffectiveDate,
    DocumentNumber,
    Validity,

    /// <summary>信息来源 / 来源.</summary>
    Source,
}
