using System.Diagnostics;
using System.Text;
using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;

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
        var bomb = Docx(new string(' ', (int)AttachmentText.MaxDocxUncompressedBytes + 1024));
        var normal = Docx("附件正文");
        var clock = Stopwatch.StartNew();

        Assert.True(bomb.Length < 1_000_000, $"the bomb is {bomb.Length} bytes packed");
        Assert.Null(AttachmentText.Extract(ContentKind.Docx, bomb));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal("附件正文", AttachmentText.Extract(ContentKind.Docx, normal));
    }

    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body(
                    new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                        new DocumentFormat.OpenXml.Wordprocessing.Run(
                            new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));
        }

        return stream.ToArray();
    }
}
