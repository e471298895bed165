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

    /// <summary>A title key without its 中华人民共和国 prefix; other keys unchanged.</summary>
    public static string WithoutCountryPrefix(string key) =>
        key.StartsWith(CountryPrefix, StringComparison.Ordinal) && key.Length > CountryPrefix.Length ? key[CountryPrefix.Length..] : key;

    /// <summary>
    /// The keys with which other documents may cite this title and mean it: as it is, without the country prefix,
    /// and with it (a title printed without 中华人民共和国 is cited with it too).
    /// </summary>
    public static IEnumerable<string> CitedForms(string title)
    {
        var key = Compact(title);
        if (key.Length == 0)
        {
            return [];
        }

        var bare = WithoutCountryPrefix(key);
        return new[] { key, bare, CountryPrefix + bare }.Distinct(StringComparer.Ordinal);
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
