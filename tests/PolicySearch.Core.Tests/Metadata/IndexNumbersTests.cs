using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Metadata;

public class IndexNumbersTests
{
    [Theory]
    [InlineData("000014349/2018-00204", "000014349/2018-00204")]
    [InlineData(" 000014349 / 2018-00204 ", "000014349/2018-00204")]
    [InlineData("０００01４349／2018－00204", "000014349/2018-00204")]
    [InlineData("000014349/2018\u201300204", "000014349/2018-00204")]
    [InlineData("11110108mb01m5718r/2021-00023", "11110108MB01M5718R/2021-00023")]
    [InlineData("11110108ＭＢ01Ｍ5718Ｒ/2021-00023", "11110108MB01M5718R/2021-00023")]
    public void Normalize_index_number_returns_folded_upper_cased_compact_form(string input, string expected)
    {
        Assert.Equal(expected, IndexNumbers.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void Normalize_empty_returns_null(string? input)
    {
        Assert.Null(IndexNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("000014349/2018-00204")]
    [InlineData("000014349/1981-00021")]
    [InlineData("11110108MB01M5718R/2021-00023")]
    [InlineData("11110108mb01m5718r / 2021-00023")]
    [InlineData("０００014349／2018－00204")]
    public void LooksLikeIndexNumber_index_number_returns_true(string input)
    {
        Assert.True(IndexNumbers.LooksLikeIndexNumber(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("法治政府")]
    [InlineData("国发〔2021〕1号")]
    [InlineData("2018-00204")]
    [InlineData("000014349/2018")]
    [InlineData("000014349-2018-00204")]
    [InlineData("1234/2018-00204")]
    [InlineData("000014349/18-00204")]
    [InlineData("2018-11-07")]
    public void LooksLikeIndexNumber_other_text_returns_false(string input)
    {
        Assert.False(IndexNumbers.LooksLikeIndexNumber(input));
    }
}
