using System.Text.Json;

namespace PolicySearch.Core.Documents;

/// <summary>
/// One published government document with its normalized metadata. The property names are the
/// names used alike in code, JSON and the index (see the README glossary).
/// </summary>
public sealed record PolicyDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public string? Url { get; init; }

    /// <summary>文号 as printed, e.g. 国发〔2021〕1号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>索引号.</summary>
    public string? IndexNumber { get; init; }

    /// <summary>发布机构 / 发文机关 / 制定机关.</summary>
    public string? Issuer { get; init; }

    /// <summary>主题分类.</summary>
    public string? Topic { get; init; }

    public string? Category { get; init; }

    /// <summary>成文日期.</summary>
    public DateOnly? WrittenDate { get; init; }

    /// <summary>发布日期 / 公布日期.</summary>
    public DateOnly? PublishedDate { get; init; }

    /// <summary>施行日期.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>有效性, normalized.</summary>
    public Validity Validity { get; init; } = Validity.Unknown;

    /// <summary>有效性 as the source printed it.</summary>
    public string? ValidityText { get; init; }

    public string? Source { get; init; }

    /// <summary>Fields of the source record that have no property of their own, kept as stored data.</summary>
    public JsonElement? Extra { get; init; }
}
