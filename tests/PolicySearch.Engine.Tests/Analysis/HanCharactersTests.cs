using System.Text;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Analysis;

/// <summary>The character sets BigramTokenizer relies on, checked against StandardTokenizer itself, character by character.</summary>
public class HanCharactersTests
{
    private static readonly StockBigramAnalyzer Plain = new(bigrams: false, folding: false);

    private static List<string> Stock(string text) => TokenDump.Of(Plain, IndexFields.BodyBigrams, text);

    [Fact]
    public void Every_ideograph_it_takes_directly_is_one_ideographic_token()
    {
        var wrong = new List<int>();
        foreach (var codePoint in AllCodePoints().Where(HanCharacters.IsIdeograph))
        {
            var text = char.ConvertFromUtf32(codePoint);
            var tokens = Stock("a" + text + "1");
            if (tokens.Count != 4 || tokens[1] != $"{text}|1-{1 + text.Length}|+1|len1|<IDEOGRAPHIC>")
            {
                wrong.Add(codePoint);
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void No_character_it_lets_follow_an_ideograph_joins_the_ideographs_token()
    {
        var wrong = new List<int>();
        foreach (var codePoint in AllCodePoints())
        {
            var follower = char.ConvertFromUtf32(codePoint);
            if (HanCharacters.CannotExtend(follower, 0) && !Stock("中" + follower)[0].StartsWith("中|0-1|", StringComparison.Ordinal))
            {
                wrong.Add(codePoint);
            }
        }

        Assert.Equal(string.Empty, Ranges(wrong));
    }

    [Fact]
    public void Separators_make_no_token_and_join_nothing()
    {
        var contexts = new[] { ("a", "b"), ("1", "2"), ("カ", "カ"), ("한", "한"), ("א", "א"), ("ภ", "ภ"), ("中", "国"), ("ひ", "ひ"), ("a", "1") };
        var wrong = new List<char>();
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            if (!HanCharacters.IsSeparator(c))
            {
                continue;
            }

            var separator = c.ToString();
            var alone = Stock(separator).Count == 1 && Stock(separator + separator).Count == 1;
            var splits = contexts.All(context => Stock(context.Item1 + separator + context.Item2).Count == 3);
            if (!alone || !splits)
            {
                wrong.Add(c);
            }
        }

        Assert.Empty(wrong);
    }

    private static string Ranges(List<int> codePoints)
    {
        var text = new StringBuilder();
        for (var i = 0; i < codePoints.Count; i++)
        {
            var start = codePoints[i];
            while (i + 1 < codePoints.Count && codePoints[i + 1] == codePoints[i] + 1)
            {
                i++;
            }

            text.Append(start == codePoints[i] ? $"{start:X4} " : $"{start:X4}-{codePoints[i]:X4} ");
        }

        return text.ToString();
    }

    private static IEnumerable<int> AllCodePoints()
    {
        for (var codePoint = 0; codePoint <= 0x3FFFF; codePoint++)
        {
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                yield return codePoint;
            }
        }

        for (var codePoint = 0xE0000; codePoint <= 0xE01EF; codePoint++)
        {
            yield return codePoint;
        }
    }
}
