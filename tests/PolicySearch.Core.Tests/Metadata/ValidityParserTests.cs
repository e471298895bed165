using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Metadata;

public class ValidityParserTests
{
    [Theory]
    [InlineData("有效", Validity.Valid)]
    [InlineData("现行有效", Validity.Valid)]
    [InlineData("現行有效", Validity.Valid)]
    [InlineData(" 有效\u3000", Validity.Valid)]
    [InlineData("已修改", Validity.Amended)]
    [InlineData("已被修改", Validity.Amended)]
    [InlineData("修改", Validity.Amended)]
    [InlineData("部分失效", Validity.Amended)]
    [InlineData("已废止", Validity.Repealed)]
    [InlineData("废止", Validity.Repealed)]
    [InlineData("失效", Validity.Repealed)]
    [InlineData("已失效", Validity.Repealed)]
    [InlineData("已廢止", Validity.Repealed)]
    [InlineData("廢止", Validity.Repealed)]
    [InlineData("尚未生效", Validity.NotYetEffective)]
    [InlineData("未生效", Validity.NotYetEffective)]
    [InlineData("尚未施行", Validity.NotYetEffective)]
    public void Parse_known_label_returns_validity(string input, Validity expected)
    {
        Assert.Equal(expected, ValidityParser.Parse(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("未知")]
    [InlineData("valid")]
    [InlineData("有效期五年")]
    public void Parse_empty_or_unknown_label_returns_unknown(string? input)
    {
        Assert.Equal(Validity.Unknown, ValidityParser.Parse(input));
    }

    [Theory]
    [InlineData(Validity.Valid, "有效")]
    [InlineData(Validity.Amended, "已修改")]
    [InlineData(Validity.Repealed, "已废止")]
    [InlineData(Validity.NotYetEffective, "尚未生效")]
    [InlineData(Validity.Unknown, "未知")]
    public void Label_validity_returns_simplified_label(Validity validity, string expected)
    {
        Assert.Equal(expected, ValidityParser.Label(validity));
    }

    [Theory]
    [InlineData(Validity.Valid)]
    [InlineData(Validity.Amended)]
    [InlineData(Validity.Repealed)]
    [InlineData(Validity.NotYetEffective)]
    public void Parse_label_round_trips(Validity validity)
    {
        Assert.Equal(validity, ValidityParser.Parse(ValidityParser.Label(validity)));
    }

    [Theory]
    [InlineData("valid", Validity.Valid)]
    [InlineData("NotYetEffective", Validity.NotYetEffective)]
    [InlineData("unknown", Validity.Unknown)]
    [InlineData("已废止", Validity.Repealed)]
    [InlineData("现行有效", Validity.Valid)]
    [InlineData("未知", Validity.Unknown)]
    public void A_typed_validity_is_its_english_name_or_a_label(string typed, Validity expected)
    {
        Assert.True(ValidityParser.TryParseTyped(typed, out var validity));
        Assert.Equal(expected, validity);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("valid,repealed")]
    [InlineData("abolished")]
    [InlineData("")]
    public void Anything_else_is_refused_with_the_accepted_values_named(string typed)
    {
        Assert.False(ValidityParser.TryParseTyped(typed, out _));
        Assert.Contains("有效/valid", ValidityParser.NotAValidity(typed), StringComparison.Ordinal);
    }
}
