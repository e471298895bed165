using System.Text;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Citations;

/// <summary>
/// Keys of cited titles: width-folded, lower-case, letters and digits only (so 《》, 〈〉, spaces and punctuation
/// do not matter), without a leading 中华人民共和国 so that 《行政复议法》 and 《中华人民共和国行政复议法》 are one key.
/// </summary>
internal static class TitleKeys
{
    public const string CountryPrefix = "中华人民共和国";

    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var rune in title.EnumerateRunes())
        {
            var folded = rune.IsBmp ? new Rune(MetadataText.FoldWidth((char)rune.Value)) : rune;
            if (Rune.IsLetterOrDigit(folded))
            {
                builder.Append(Rune.ToLowerInvariant(folded).ToString());
            }
        }

        var key = builder.ToString();
        return key.StartsWith(CountryPrefix, StringComparison.Ordinal) && key.Length > CountryPrefix.Length
            ? key[CountryPrefix.Length..]
            : key;
    }
}
