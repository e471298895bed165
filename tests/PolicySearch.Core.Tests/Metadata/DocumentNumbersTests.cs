using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Tests.Metadata;

public class DocumentNumbersTests
{
    [Theory]
    [InlineData("国发〔2021〕1号")]
    [InlineData("国发[2021]1号")]
    [InlineData("国发［2021］1号")]
    [InlineData("国发(2021)1号")]
    [InlineData("国发（2021）1号")]
    [InlineData("国发【2021】1号")]
    [InlineData("国发﹝2021﹞1号")]
    [InlineData("国发〖2021〗1号")]
    [InlineData("国发 〔2021〕 1 号")]
    [InlineData("国发\u3000〔2021〕\u30001号")]
    [InlineData(" 国发〔2021〕1号 ")]
    [InlineData("国发〔2021〕01号")]
    [InlineData("国发〔2021〕001号")]
    [InlineData("国发〔２０２１〕１号")]
    [InlineData("国发［２０２１］０１号")]
    [InlineData("国发〔2021〕第1号")]
    [InlineData("中华人民共和国国发〔2021〕1号")]
    public void Normalize_bracket_variants_return_same_canonical_key(string input)
    {
        Assert.Equal("国发〔2021〕1号", DocumentNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("国务院令第393号", "国务院令第393号")]
    [InlineData("中华人民共和国国务院令第393号", "国务院令第393号")]
    [InlineData("国务院令393号", "国务院令第393号")]
    [InlineData("国务院令第０３９３号", "国务院令第393号")]
    [InlineData("国务院令 第 393 号", "国务院令第393号")]
    [InlineData("国令第706号", "国令第706号")]
    [InlineData("主席令第七十三号", "主席令第73号")]
    [InlineData("中华人民共和国主席令第三号", "主席令第3号")]
    [InlineData("国家市场监督管理总局令第12号", "国家市场监督管理总局令第12号")]
    [InlineData("公安部令第１２５号", "公安部令第125号")]
    [InlineData("劳社部发[2008]3号", "劳社部发〔2008〕3号")]
    [InlineData("人薪发［1995］32号", "人薪发〔1995〕32号")]
    [InlineData("国办发明电〔2018〕15号", "国办发明电〔2018〕15号")]
    [InlineData("gb〔2021〕3号", "GB〔2021〕3号")]
    [InlineData("ｇｂ［2021］3号", "GB〔2021〕3号")]
    public void Normalize_document_number_returns_canonical_key(string input, string expected)
    {
        Assert.Equal(expected, DocumentNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("最高人民法院以法发〔1993〕15号", "最高人民法院以法发〔1993〕15号")]
    [InlineData("京政发 (2021) 号", "京政发(2021)号")]
    [InlineData("abc 123", "ABC123")]
    [InlineData("法治政府", "法治政府")]
    public void Normalize_not_recognized_returns_compact_upper_cased_text(string input, string expected)
    {
        Assert.Equal(expected, DocumentNumbers.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \u3000")]
    [InlineData("中华人民共和国")]
    public void Normalize_empty_returns_null(string? input)
    {
        Assert.Null(DocumentNumbers.Normalize(input));
    }

    [Theory]
    [InlineData("国发〔2021〕1号")]
    [InlineData("国办函〔2018〕71号")]
    [InlineData("国办发明电〔2018〕15号")]
    [InlineData("劳社部发[2008]3号")]
    [InlineData("国发（2021）1号")]
    [InlineData("国发 〔2021〕 1 号")]
    [InlineData("国务院令第393号")]
    [InlineData("国务院令393号")]
    [InlineData("国令第706号")]
    [InlineData("公安部令第33号")]
    [InlineData("主席令第七十三号")]
    [InlineData("中华人民共和国主席令第三号")]
    public void LooksLikeDocumentNumber_document_number_returns_true(string input)
    {
        Assert.True(DocumentNumbers.LooksLikeDocumentNumber(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("法治政府")]
    [InlineData("2021年工作报告")]
    [InlineData("国务院")]
    [InlineData("国务院令")]
    [InlineData("命令")]
    [InlineData("〔2021〕1号")]
    [InlineData("国发〔21〕1号")]
    [InlineData("国发2021年1号")]
    [InlineData("国发〔2021〕")]
    [InlineData("第393号")]
    [InlineData("行政复议法第十条")]
    [InlineData("000014349/2018-00204")]
    [InlineData("关于印发国发〔2021〕1号文件的通知，请遵照执行")]
    public void LooksLikeDocumentNumber_ordinary_query_returns_false(string input)
    {
        Assert.False(DocumentNumbers.LooksLikeDocumentNumber(input));
    }
}
