using System.Globalization;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Metadata;

public class ChineseDateTests
{
    [Theory]
    [InlineData("2018年11月07日", "2018-11-07")]
    [InlineData("2018年1月7日", "2018-01-07")]
    [InlineData("2018年1月7", "2018-01-07")]
    [InlineData("2018 年 1 月 7 日", "2018-01-07")]
    [InlineData("2018-11-07", "2018-11-07")]
    [InlineData("2018-1-7", "2018-01-07")]
    [InlineData("2018/11/7", "2018-11-07")]
    [InlineData("2018.11.07", "2018-11-07")]
    [InlineData("20181107", "2018-11-07")]
    [InlineData("2022-04-17 14:46:00", "2022-04-17")]
    [InlineData("2022-04-17 14:46", "2022-04-17")]
    [InlineData("2022-04-17T14:46:00", "2022-04-17")]
    [InlineData("2022-04-17T14:46:00Z", "2022-04-17")]
    [InlineData("2022-04-17T14:46:00.123+08:00", "2022-04-17")]
    [InlineData("２０１８年１１月０７日", "2018-11-07")]
    [InlineData("２０１８－１１－０７", "2018-11-07")]
    [InlineData("  2018-11-07\n", "2018-11-07")]
    [InlineData("\u30002018年11月7日\u3000", "2018-11-07")]
    [InlineData("2020-02-29", "2020-02-29")]
    [InlineData("1949-10-01", "1949-10-01")]
    [InlineData("二〇一八年十一月七日", "2018-11-07")]
    [InlineData("二〇二一年一月二十三日", "2021-01-23")]
    [InlineData("一九九七年十二月三十一日", "1997-12-31")]
    public void A_supported_form_parses_to_its_date(string input, string expected)
    {
        var date = ChineseDate.Parse(input);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2018-02-30")]
    [InlineData("2019-02-29")]
    [InlineData("2018-13-01")]
    [InlineData("2018-00-10")]
    [InlineData("2018-11-00")]
    [InlineData("2018年11月32日")]
    [InlineData("2018-11/07")]
    [InlineData("2018-11")]
    [InlineData("2018年")]
    [InlineData("18-11-07")]
    [InlineData("0000-01-01")]
    [InlineData("yesterday")]
    [InlineData("2018-11-07 extra")]
    [InlineData("2021年工作报告")]
    [InlineData("二〇一八年十三月一日")]
    public void Empty_unparsable_or_impossible_input_parses_to_null(string? input)
    {
        Assert.Null(ChineseDate.Parse(input));
    }

    [Fact]
    public void TryParse_of_a_valid_date_returns_true_and_the_date()
    {
        var ok = ChineseDate.TryParse("2018年11月07日", out var date);

        Assert.True(ok);
        Assert.Equal(new DateOnly(2018, 11, 7), date);
    }

    [Fact]
    public void TryParse_of_an_invalid_date_returns_false_and_the_default()
    {
        var ok = ChineseDate.TryParse("2018-02-30", out var date);

        Assert.False(ok);
        Assert.Equal(default, date);
    }
}
