using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Metadata;

public class MetadataTextTests
{
    [Theory]
    [InlineData("国务院办公厅", "国务院办公厅")]
    [InlineData("  国务院办公厅  ", "国务院办公厅")]
    [InlineData("\u3000国务院\u3000办公厅\u3000", "国务院 办公厅")]
    [InlineData("国务院\u00A0\u00A0办公厅", "国务院 办公厅")]
    [InlineData("国务院\t\r\n 办公厅", "国务院 办公厅")]
    [InlineData("国务院\u2003\u2009办公厅", "国务院 办公厅")]
    [InlineData("国务院\u200B办公厅", "国务院办公厅")]
    [InlineData("\uFEFF国务院", "国务院")]
    [InlineData("ＬａｗＲｅｆＢｏｏｋ／Ｌａｗｓ", "LawRefBook/Laws")]
    [InlineData("国务院（试行）", "国务院(试行)")]
    [InlineData("２０１８", "2018")]
    [InlineData("科技、教育\\知识产权", "科技、教育\\知识产权")]
    public void Clean_text_returns_folded_and_collapsed(string input, string expected)
    {
        Assert.Equal(expected, MetadataText.Clean(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u00A0\t\n")]
    [InlineData("\u200B")]
    public void Clean_null_or_blank_returns_null(string? input)
    {
        Assert.Null(MetadataText.Clean(input));
    }

    [Theory]
    [InlineData('！', '!')]
    [InlineData('～', '~')]
    [InlineData('Ａ', 'A')]
    [InlineData('ｚ', 'z')]
    [InlineData('\u3000', ' ')]
    [InlineData('〔', '〔')]
    [InlineData('国', '国')]
    public void FoldWidth_character_returns_ascii_form_when_full_width(char input, char expected)
    {
        Assert.Equal(expected, MetadataText.FoldWidth(input));
    }
}
