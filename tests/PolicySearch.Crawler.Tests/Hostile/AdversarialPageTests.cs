using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Hostile;

/// <summary>Adversarial pages are extracted (or rejected) in bounded time, without taking the process down.</summary>
public sealed class AdversarialPageTests
{
    private static readonly SiteDefinition NoSelectors = new() { Name = "t", Seeds = ["http://example.invalid/"] };

    private static Core.Documents.PolicyDocument Extract(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var page = new PageExtractor(NoSelectors).Extract(document, new Uri("http://example.invalid/a.html"));
        return DocumentBuilder.Build(NoSelectors, "id", new Uri("http://example.invalid/a.html"), page, []);
    }

    [Fact]
    public void A_page_nested_two_hundred_thousand_levels_deep_is_recognised_before_parsing()
    {
        // Parsing it would take minutes: the tree builder scans the open elements for every tag.
        var html = Nested(200_000);
        var clock = Stopwatch.StartNew();

        Assert.True(HtmlNesting.Exceeds(html));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Real_nesting_loops_in_scripts_and_unclosed_paragraphs_are_not_mistaken_for_depth()
    {
        var script = string.Concat(Enumerable.Repeat("for(i=0;i<n;i++){a<b;}", 5_000));
        var paragraphs = string.Concat(Enumerable.Repeat("<p>段落<li>条目<br>", 5_000));
        var html = $"<html><head><script>{script}</script><style>a<b{{}}</style></head><body>{Nested(500)}{paragraphs}<img src=x/></body></html>";

        Assert.False(HtmlNesting.Exceeds(html));
        Assert.Equal("深层嵌套", Extract(html).Title);
    }

    private static string Nested(int depth)
    {
        var html = new StringBuilder("<html><head><title>深层嵌套</title></head><body>");
        html.Insert(html.Length, "<div>", depth).Append("第一条 正文在最深处。").Insert(html.Length, "</div>", depth).Append("</body></html>");
        return html.ToString();
    }

    [Fact]
    public void A_huge_attribute_and_binary_bytes_labelled_as_html_do_not_break_extraction()
    {
        var huge = new string('x', 5_000_000);
        var binary = Encoding.Latin1.GetString(Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31 % 256)).ToArray());
        var html = $"<html><head><title>巨大属性</title></head><body><div data-x=\"{huge}\">正文。</div>{binary}</body></html>";

        var document = Extract(CharsetDecoder.Decode(Encoding.UTF8.GetBytes(html), "text/html"));

        Assert.Equal("巨大属性", document.Title);
        Assert.Contains("正文", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_that_inflates_past_the_limit_is_not_read()
    {
        var bomb = DocxSamples.WithText(new string(' ', (int)AttachmentText.MaxDocxUncompressedBytes + 1024));
        var normal = DocxSamples.WithText("附件正文");
        var clock = Stopwatch.StartNew();

        Assert.True(bomb.Length < 1_000_000, $"the bomb is {bomb.Length} bytes packed");
        Assert.Null(AttachmentText.Extract(ContentKind.Docx, bomb));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("附件正文", AttachmentText.Extract(ContentKind.Docx, normal));
        Assert.Equal("attachment_bomb", AttachmentText.Read(ContentKind.Docx, bomb).Problem);
    }

    [Fact]
    public void A_pdf_whose_streams_inflate_past_the_limit_is_refused_as_a_bomb_before_parsing()
    {
        var bomb = PdfSamples.FlateBomb(AttachmentText.MaxPdfInflatedBytes + (16 * 1024 * 1024));
        var clock = Stopwatch.StartNew();

        var reading = AttachmentText.Read(ContentKind.Pdf, bomb);

        Assert.True(bomb.Length < 1_000_000, $"the bomb is {bomb.Length} bytes packed");
        Assert.Equal(new AttachmentReading(null, "attachment_bomb"), reading);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused_and_a_normal_pdf_is_read()
    {
        var many = PdfSamples.ManyPages(AttachmentText.MaxPdfPages + 500);

        Assert.Equal("attachment_too_many_pages", AttachmentText.Read(ContentKind.Pdf, many).Problem);
        Assert.Equal("Attachment body text", AttachmentText.Read(ContentKind.Pdf, PdfSamples.WithText("Attachment body text")).Text);
        Assert.Equal("attachment_unreadable", AttachmentText.Read(ContentKind.Pdf, "%PDF-1.4 not really"u8.ToArray()).Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, null, true)]
    [InlineData(new byte[] { 0x3C, 0x70, 0x3E, 0xE6, 0xAD, 0xA3, 0xE6, 0x96, 0x87, 0x0A }, "text/html", false)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00 }, "text/html", false)]
    [InlineData(new byte[] { 0x3C, 0x00, 0x70, 0x00 }, "text/html; charset=utf-16le", false)]
    public void Binary_bodies_are_told_from_html_by_nul_and_control_bytes(byte[] body, string? contentType, bool binary)
    {
        Assert.Equal(binary, BinaryContent.LooksBinary(body, contentType));
    }
}
