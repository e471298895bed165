using System.Text;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Keys for exact lookups that must not depend on punctuation, script or width: a title typed
/// without its 《》, in Traditional script, or without the 中华人民共和国 prefix is the same key.
/// </summary>
internal static class LookupKeys
{
    private const string CountryPrefix = "中华人民共和国";

    /// <summary>The folded title with only letters and digits kept, and its form without the country prefix.</summary>
    public static IEnumerable<string> TitleKeys(string title)
    {
        var key = Compact(title);
        if (key.Length == 0)
        {
            yield break;
        }

        yield return key;
        if (key.StartsWith(CountryPrefix, StringComparison.Ordinal) && key.Length > CountryPrefix.Length)
        {
            yield return key[CountryPrefix.Length..];
        }
    }

    /// <summary>Folds and keeps letters and digits only (surrogate pairs kept whole).</summary>
    public static string Compact(string text)
    {
        var folded = SearchFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1]))
            {
                builder.Append(c).Append(folded[i + 1]);
                i++;
            }
        }

        return builder.ToString();
    }
}
