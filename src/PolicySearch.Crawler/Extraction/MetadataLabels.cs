using System.Text.RegularExpressions;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// The labels of government metadata blocks (索引号, 发布机构, 成文日期 …) and a pattern that finds them with ASCII
/// spaces, U+3000 or &amp;nbsp; inside and ':' or '：' after.
/// </summary>
public static class MetadataLabels
{
    private const string Gap = @"[\s\u3000\u00A0]*";

    /// <summary>Longer labels first, so 发文字号 wins over 文号 and 主题分类 over 主题.</summary>
    public static IReadOnlyList<(string Label, MetadataField Field)> All { get; } =
    [
        ("主题分类", MetadataField.Topic), ("主题词", MetadataField.Ignored), ("主题", MetadataField.Topic),
        ("索引号", MetadataField.IndexNumber),
        ("发布机构", MetadataField.Issuer), ("发文机关", MetadataField.Issuer), ("发文单位", MetadataField.Issuer),
        ("制发机关", MetadataField.Issuer), ("发布单位", MetadataField.Issuer), ("制定机关", MetadataField.Issuer),
        ("成文日期", MetadataField.WrittenDate), ("生成日期", MetadataField.WrittenDate),
        ("发布日期", MetadataField.PublishedDate), ("发文日期", MetadataField.PublishedDate), ("公布日期", MetadataField.PublishedDate),
        ("发布时间", MetadataField.PublishedDate), ("时间", MetadataField.PublishedDate),
        ("施行日期", MetadataField.EffectiveDate), ("生效日期", MetadataField.EffectiveDate), ("实施日期", MetadataField.EffectiveDate),
        ("发文字号", MetadataField.DocumentNumber), ("文号", MetadataField.DocumentNumber),
        ("有效性", MetadataField.Validity), ("时效性", MetadataField.Validity),
        ("信息来源", MetadataField.Source), ("来源", MetadataField.Source),
        ("标题", MetadataField.Title), ("名称", MetadataField.Title),
        ("公开方式", MetadataField.Ignored), ("公开时限", MetadataField.Ignored), ("公开范围", MetadataField.Ignored),
        ("分类", MetadataField.Topic), ("文种", MetadataField.Ignored), ("访问量", MetadataField.Ignored),
        ("字号", MetadataField.Ignored), ("浏览次数", MetadataField.Ignored), ("作者", MetadataField.Ignored),
    ];

    /// <summary>A label followed by a colon, not preceded by another ideograph (资料来源 is not 来源).</summary>
    public static Regex WithColon { get; } = new(
        @"(?<![\p{IsCJKUnifiedIdeographs}])(?<label>" + Alternation() + ")" + Gap + "[:：]",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A line that is only a label (table cells without a colon).</summary>
    public static Regex Alone { get; } = new(
        "^" + Gap + "(?<label>" + Alternation() + ")" + Gap + "[:：]?" + Gap + "$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static MetadataField FieldOf(string matchedLabel)
    {
        ArgumentNullException.ThrowIfNull(matchedLabel);
        var compact = new string(matchedLabel.Where(c => !char.IsWhiteSpace(c)).ToArray());
        return All.First(entry => entry.Label == compact).Field;
    }

    private static string Alternation() =>
        string.Join('|', All.Select(entry => string.Join(Gap, entry.Label.Select(c => Regex.Escape(c.ToString())))));
}
