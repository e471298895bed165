using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicySearch.Core.Metadata;

/// <summary>
/// Parses the date forms found in Chinese government documents: 2018年11月07日, 2018-11-07, 2018/11/7,
/// 2018.11.07, 20181107, an ISO timestamp, full-width digits, and 二〇一八年十一月七日.
/// </summary>
public static partial class ChineseDate
{
    /// <summary>Returns the date, or null when the text is empty, not a date or an impossible date (2018-02-30).</summary>
    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var cleaned = MetadataText.Clean(text);
        if (cleaned is null)
        {
            return false;
        }

        var match = ArabicDate().Match(cleaned);
        if (match.Success)
        {
            return TryCreate(
                int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                out date);
        }

        match = ChineseNumeralDate().Match(cleaned);
        if (match.Success)
        {
            var year = ChineseNumerals.Parse(match.Groups["y"].Value);
            var month = ChineseNumerals.Parse(match.Groups["m"].Value);
            var day = ChineseNumerals.Parse(match.Groups["d"].Value);
            return year is not null && month is not null && day is not null
                && TryCreate(year.Value, month.Value, day.Value, out date);
        }

        return false;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // The separator must be the same twice (2018-11/07 is rejected); a time of day is allowed and ignored.
    [GeneratedRegex(
        @"^(?<y>[0-9]{4})\s*(?:年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日?|(?<sep>[-/.])\s*(?<m>[0-9]{1,2})\s*\k<sep>\s*(?<d>[0-9]{1,2})|(?<m>[0-9]{2})(?<d>[0-9]{2}))"
        + @"(?:(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?\s*(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ArabicDate();

    [GeneratedRegex(
        @"^(?<y>[〇零一二三四五六七八九]{4})\s*年\s*(?<m>[一二三四五六七八九十]{1,3})\s*月\s*(?<d>[一二三四五六七八九十]{1,3})\s*日$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChineseNumeralDate();
}
