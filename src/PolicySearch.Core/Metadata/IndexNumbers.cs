using System.Text;
using System.Text.RegularExpressions;

namespace PolicySearch.Core.Metadata;

/// <summary>索引号 (gov.cn index numbers) such as 000014349/2018-00204 or 11110108MB01M5718R/2021-00023.</summary>
public static partial class IndexNumbers
{
    /// <summary>Folds width, removes whitespace, unifies dashes and upper-cases; null for empty text.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var compact = MetadataText.Compact(text);
        if (compact.Length == 0)
        {
            return null;
        }

        var builder = new StringBuilder(compact.Length);
        foreach (var c in compact)
        {
            builder.Append(IsDash(c) ? '-' : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True for an organization code (9–18 letters or digits), a slash, a year, a dash and a serial number.</summary>
    public static bool LooksLikeIndexNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        return normalized is not null && IndexNumberForm().IsMatch(normalized);
    }

    private static bool IsDash(char c) => c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    [GeneratedRegex(@"^[0-9A-Z]{9,18}/[0-9]{4}-[0-9]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexNumberForm();
}
