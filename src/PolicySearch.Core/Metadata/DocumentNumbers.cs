using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicySearch.Core.Metadata;

/// <summary>
/// 文号 (document numbers) as lookup keys. Variants of one number — bracket style, width, spacing, zero padding,
/// a leading 中华人民共和国 — normalize to one canonical key such as 国发〔2021〕1号 or 国务院令第393号.
/// </summary>
public static partial class DocumentNumbers
{
    private const string CountryPrefix = "中华人民共和国";

    /// <summary>
    /// Returns the canonical key, or null for empty text. Text that is not a recognizable 文号 is still returned
    /// width-folded, without whitespace and upper-cased, so that equal inputs give equal keys.
    /// </summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var compact = MetadataText.Compact(text).ToUpperInvariant();
        if (compact.StartsWith(CountryPrefix, StringComparison.Ordinal))
        {
            compact = compact[CountryPrefix.Length..];
        }

        if (compact.Length == 0)
        {
            return null;
        }

        return TryCanonical(compact, out var key) ? key : compact;
    }

    /// <summary>
    /// True when the text is a 文号: an issuer abbreviation, a bracketed four-digit year and a number with 号
    /// (国办发〔2018〕108号), or an order number (国务院令第393号, 主席令第七十三号). False for ordinary queries.
    /// </summary>
    public static bool LooksLikeDocumentNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        return normalized is not null && TryCanonical(normalized, out _);
    }

    private static bool TryCanonical(string compact, out string key)
    {
        var match = BracketForm().Match(compact);
        if (match.Success)
        {
            key = string.Create(
                CultureInfo.InvariantCulture,
                $"{match.Groups["prefix"].Value}〔{match.Groups["year"].Value}〕{TrimZeros(match.Groups["number"].Value)}号");
            return true;
        }

        match = OrderForm().Match(compact);
        if (match.Success)
        {
            var number = match.Groups["number"].Value;
            var value = char.IsAsciiDigit(number[0]) ? TrimZeros(number) : ChineseNumerals.Parse(number)?.ToString(CultureInfo.InvariantCulture);
            if (value is not null)
            {
                key = $"{match.Groups["prefix"].Value}第{value}号";
                return true;
            }
        }

        key = string.Empty;
        return false;
    }

    private static string TrimZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    // Width is folded before matching, so ［］ and （） arrive here as [] and ().
    [GeneratedRegex(
        @"^(?<prefix>[\p{IsCJKUnifiedIdeographs}A-Z]{1,20})[〔\[(【﹝〖{](?<year>[0-9]{4})[〕\])】﹞〗}]第?(?<number>[0-9]{1,6})号$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BracketForm();

    [GeneratedRegex(
        @"^(?<prefix>\p{IsCJKUnifiedIdeographs}{1,30}?令)第?(?<number>[0-9]{1,6}|[〇零一二两三四五六七八九十百千]{1,8})号$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OrderForm();
}
