using System.Text;
using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Tests.Fetching;

public sealed class CharsetDecoderTests
{
    private static string Page(string head) => "<html><head>" + head + "</head><body>关于进一步优化营商环境的通知</body></html>";

    private static byte[] Gbk(string text) => CharsetDecoder.Gb18030.GetBytes(text);

    [Fact]
    public void Http_header_gbk_is_decoded_as_gb18030()
    {
        var decoded = CharsetDecoder.Decode(Gbk(Page(string.Empty)), "text/html; charset=GBK", out var charset);

        Assert.Contains("优化营商环境", decoded, StringComparison.Ordinal);
        Assert.Equal("GB18030", charset, ignoreCase: true);
    }

    [Fact]
    public void Meta_charset_gb2312_is_used_when_the_header_has_none()
    {
        var decoded = CharsetDecoder.Decode(Gbk(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")), "text/html");

        Assert.Contains("优化营商环境", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_wins_over_the_meta_tag()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"gbk\">"))).ToArray();

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.StartsWith("<html>", decoded, StringComparison.Ordinal);
        Assert.Contains("优化营商环境", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_fall_back_to_gb18030()
    {
        var decoded = CharsetDecoder.Decode(Gbk(Page(string.Empty)), null);

        Assert.Contains("优化营商环境", decoded, StringComparison.Ordinal);
    }
}
