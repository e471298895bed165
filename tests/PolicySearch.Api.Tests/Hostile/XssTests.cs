using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Api.Tests.Fixtures;
using PolicySearch.Core.Documents;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;

namespace PolicySearch.Api.Tests.Hostile;

/// <summary>
/// One document whose every field carries a script payload, indexed on its own and served by the real app:
/// the pages, the JSON, the CSV export and the Atom feed show the payloads as text and never as markup.
/// </summary>
public sealed class XssTests : IClassFixture<XssTests.PayloadApp>
{
    private const string Query = "恶意 载荷";
    private static readonly string[] QueryTerms = ["恶意", "载荷", "恶意载荷"];
    private readonly PayloadApp _app;

    public XssTests(PayloadApp app)
    {
        _app = app;
    }

    [Fact]
    public async Task The_search_page_shows_every_payload_in_titles_snippets_and_facets_as_text()
    {
        var document = await LoadPageAsync(Urls.Page(Query, "facetSize=20"));

        AssertNoInjectedMarkup(document);
        Assert.Contains(PayloadDocument.Title, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(PayloadDocument.Issuer!, document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert('body')</script>", document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_page_shows_every_field_and_attachment_as_text()
    {
        var document = await LoadPageAsync("/documents/" + PayloadDocument.Id);

        AssertNoInjectedMarkup(document);
        var text = document.Body!.TextContent;
        foreach (var payload in new[]
        {
            PayloadDocument.Title, PayloadDocument.Issuer!, PayloadDocument.DocumentNumber!, PayloadDocument.Topic!, PayloadDocument.Category!,
            PayloadDocument.Source!, "<img src=x onerror=alert('body')>", "\"><svg onload=alert('body')>", "</mark><script>alert('mark')</script>",
            "<script>alert('attachment')</script>",
        })
        {
            Assert.Contains(payload, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_json_answer_carries_the_payloads_as_plain_strings()
    {
        var response = await _app.Client.GetAsync(Urls.Search(Query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var hit = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("hits")[0];
        Assert.Equal(PayloadDocument.Title, hit.GetProperty("title").GetString());
        Assert.Equal(PayloadDocument.Issuer, hit.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task Snippets_highlight_only_the_query_and_keep_markup_and_entities_of_the_text_as_text()
    {
        var json = JsonDocument.Parse(await _app.Client.GetStringAsync(Urls.Search(Query))).RootElement;
        var snippetHtml = json.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        var fromJson = await new HtmlParser().ParseDocumentAsync("<p>" + snippetHtml + "</p>");
        var page = await LoadPageAsync(Urls.Page(Query));
        var feed = XDocument.Parse(await _app.Client.GetStringAsync(Urls.Search(Query, "format=atom"))).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var summary = feed.Element(atom + "entry")!.Element(atom + "summary")!.Value;

        Assert.Contains("&amp;amp;", snippetHtml, StringComparison.Ordinal);
        foreach (var snippet in new[] { fromJson.QuerySelector("p")!, page.QuerySelector(".hit-snippet")! })
        {
            Assert.Contains("<script>alert('body')</script>，实体&amp;与<mark>伪高亮</mark>", snippet.TextContent, StringComparison.Ordinal);
            Assert.Empty(snippet.QuerySelectorAll("script"));
            Assert.NotEmpty(snippet.QuerySelectorAll("mark"));
            Assert.All(snippet.QuerySelectorAll("mark"), mark => Assert.Contains(mark.TextContent, QueryTerms));
        }

        Assert.Contains("<script>alert('body')</script>，实体&amp;与<mark>伪高亮</mark>", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_keeps_the_payloads_as_quoted_text()
    {
        var response = await _app.Client.GetAsync(Urls.Search(Query, "format=csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains(PayloadDocument.Title.Replace("\"", "\"\"", StringComparison.Ordinal), csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_atom_feed_keeps_the_payloads_as_escaped_text()
    {
        var response = await _app.Client.GetAsync(Urls.Search(Query, "format=atom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.Equal(PayloadDocument.Title, entry.Element(atom + "title")!.Value);
        Assert.DoesNotContain(feed.Descendants(), element => element.Name.Namespace != atom);
        Assert.All(entry.Elements(atom + "link"), link => Assert.DoesNotMatch("^\\s*javascript:", link.Attribute("href")!.Value));
    }

    private static readonly PolicyDocument PayloadDocument = new()
    {
        Id = "doc-payload",
        Title = "恶意载荷<script>alert('title')</script>\"><svg onload=alert('title')>",
        Body = "恶意载荷正文<script>alert('body')</script>，实体&amp;与<mark>伪高亮</mark>，图片<img src=x onerror=alert('body')>，属性\"><svg onload=alert('body')>，"
            + "高亮</mark><script>alert('mark')</script>载荷结束。\n# 第一章 <script>alert('heading')</script>\n载荷<a href=\"javascript:alert('link')\">链接</a>。",
        Url = "javascript:alert('url')//\" onmouseover=\"alert('url')",
        DocumentNumber = "国发〔2021〕<script>alert('docno')</script>号",
        IndexNumber = "000014349/<img src=x onerror=alert('index')>",
        Issuer = "国务院<img src=x onerror=alert('issuer')>",
        Topic = "政府工作\" onmouseover=\"alert('topic')",
        Category = "国务院文件</option><script>alert('category')</script>",
        Source = "中国政府网'><svg onload=alert('source')>",
        ValidityText = "有效<script>alert('validity')</script>",
        PublishedDate = new DateOnly(2021, 1, 8),
        Validity = Validity.Valid,
        Extra = JsonDocument.Parse("""
            {"attachments": [
              {"name": "附件一<script>alert('attachment')</script>", "url": "javascript:alert('attachment')"},
              {"name": "附件二\" onmouseover=\"alert('attachment')", "url": "\" onmouseover=\"alert('attachment')"},
              {"name": "附件三", "url": "https://example.gov.cn/a.pdf\"><script>alert('attachment')</script>"}
            ]}
            """).RootElement.Clone(),
    };

    private async Task<IDocument> LoadPageAsync(string path)
    {
        var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static void AssertNoInjectedMarkup(IDocument document)
    {
        Assert.All(document.QuerySelectorAll("script"), script => Assert.Equal("/app.js", script.GetAttribute("src")));
        Assert.Empty(document.QuerySelectorAll("svg, img, iframe, object, embed"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                if (attribute.Name is "href" or "src" or "action" or "formaction")
                {
                    Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
    }

    /// <summary>The app over an index holding only <see cref="PayloadDocument"/>.</summary>
    public sealed class PayloadApp : IAsyncLifetime
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "policysearch-api-tests", Guid.NewGuid().ToString("N"));
        private ApiFactory? _factory;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var indexPath = Path.Combine(_root, "index");
            using (var writer = PolicyIndexWriter.Open(new IndexOptions { Path = indexPath }, NullLogger.Instance))
            {
                writer.AddOrUpdate(PayloadDocument);
                await writer.CommitAsync();
            }

            _factory = new ApiFactory(indexPath, Path.Combine(_root, "logs"));
            Client = _factory.CreateClient();
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }

            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
