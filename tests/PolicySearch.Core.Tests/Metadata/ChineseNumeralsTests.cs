using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Metadata;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十三", 13)]
    [InlineData("二十", 20)]
    [InlineData("七十三", 73)]
    [InlineData("一百零五", 105)]
    [InlineData("一百二十", 120)]
    [InlineData("三百九十三", 393)]
    [InlineData("一千零一", 1001)]
    [InlineData("两百", 200)]
    [InlineData("二〇一八", 2018)]
    [InlineData("一九九七", 1997)]
    [InlineData("〇", 0)]
    public void Parse_numeral_returns_value(string input, int expected)
    {
        Assert.Equal(expected, ChineseNumerals.Parse(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("三a")]
    [InlineData("十百")]
    [InlineData("百十百")]
    [InlineData("一二三四五六七八九〇")]
    public void Parse_not_a_numeral_returns_null(string input)
    {
        Assert.Null(ChineseNumerals.Parse(input));
    }
}
