using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Crawler.Tests.Crawling;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTP://WWW.Gov.CN:80/zhengce/index.shtml#top", "http://www.gov.cn/zhengce/")]
    [InlineData("https://www.gov.cn:443/a/content_1.htm?utm_source=x&b=2&a=1", "https://www.gov.cn/a/content_1.htm?a=1&b=2")]
    [InlineData("http://www.gov.cn:8080/a/index.html", "http://www.gov.cn:8080/a/")]
    public void Canonical_form_drops_fragment_default_port_index_page_and_tracking(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Key(new Uri(url)));

    [Fact]
    public void Document_ids_are_stable_and_derived_from_the_canonical_url()
    {
        var id = DocumentIds.For("gov-cn", UrlCanonicalizer.Key(new Uri("http://www.gov.cn/a/content_1.htm#x")));

        Assert.Equal(id, DocumentIds.For("gov-cn", "http://www.gov.cn/a/content_1.htm"));
        Assert.Matches("^site-gov-cn-[0-9a-f]{16}$", id);
    }
}
