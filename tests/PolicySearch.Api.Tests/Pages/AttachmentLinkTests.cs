using PolicySearch.Api.Pages;

namespace PolicySearch.Api.Tests.Pages;

public sealed class AttachmentLinkTests
{
    [Theory]
    [InlineData("https://www.gov.cn/files/a.pdf", "https://www.gov.cn/files/a.pdf")]
    [InlineData("http://www.gov.cn/a.doc", "http://www.gov.cn/a.doc")]
    [InlineData("/files/a.pdf", "/files/a.pdf")]
    [InlineData("files/a.pdf?x=1:2", "files/a.pdf?x=1:2")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("JavaScript:alert(1)", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("", null)]
    public void Only_http_https_and_relative_attachment_addresses_become_links(string url, string? expected)
    {
        Assert.Equal(expected, DocumentAttachments.SafeLink(url));
    }
}
