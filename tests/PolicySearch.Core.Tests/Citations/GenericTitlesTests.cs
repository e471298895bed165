using PolicySearch.Core.Citations;

namespace PolicySearch.Core.Tests.Citations;

public class GenericTitlesTests
{
    [Theory]
    [InlineData("决定")]
    [InlineData("实施办法")]
    [InlineData("管理办法")]
    [InlineData("工作方案")]
    [InlineData("征求意见稿")]
    [InlineData("许可证")]
    [InlineData("1")]
    [InlineData("")]
    public void Document_types_forms_and_tiny_keys_are_generic(string key)
    {
        Assert.True(GenericTitles.IsGeneric(key));
    }

    [Theory]
    [InlineData("宪法")]
    [InlineData("水法")]
    [InlineData("行政复议法")]
    [InlineData("市场准入负面清单")]
    [InlineData("专利代理条例")]
    public void Named_documents_are_not_generic(string key)
    {
        Assert.False(GenericTitles.IsGeneric(key));
    }
}
