using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Tests.Searching.Understanding;

public sealed class EverydayLexiconTests
{
    [Fact]
    public void The_longest_everyday_word_at_a_position_wins()
    {
        var lexicon = EverydayLexicon.Parse(new StringReader("# comment\n开车 => 驾驶\n酒后开车 => 饮酒后驾驶，酒后驾驶\n"), "test");

        var (length, terms) = lexicon.LongestAt("酒后开车怎么罚", 0)!.Value;
        Assert.Equal(4, length);
        Assert.Equal(["饮酒后驾驶", "酒后驾驶"], terms);
        Assert.Equal(2, lexicon.LongestAt("酒后开车怎么罚", 2)!.Value.Length);
        Assert.Null(lexicon.LongestAt("酒后开车怎么罚", 4));
    }

    [Fact]
    public void Keys_are_folded_so_traditional_input_matches()
    {
        var lexicon = EverydayLexicon.Parse(new StringReader("養狗 => 養犬\n"), "test");

        Assert.Equal(["养犬"], lexicon.LongestAt("养狗", 0)!.Value.Terms);
    }

    [Theory]
    [InlineData("养狗 养犬", "test:2: expected")]
    [InlineData("养狗 =>", "test:2: expected")]
    [InlineData("养狗 => 养犬\n养狗 => 犬", "test:3: '养狗' is already mapped")]
    public void A_malformed_line_is_refused_with_its_file_and_line(string text, string message)
    {
        var fault = Assert.Throws<InvalidDataException>(() => EverydayLexicon.Parse(new StringReader("# head\n" + text), "test"));

        Assert.StartsWith(message, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_lexicon_loads_with_at_least_1500_entries()
    {
        var lexicon = EverydayLexicon.Load(path: null);

        Assert.True(lexicon.Count >= 1500, $"{lexicon.Count} entries");
        Assert.Equal(["养犬登记"], lexicon.LongestAt("办狗证", 0)!.Value.Terms);
    }
}
