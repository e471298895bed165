using System.Net;
using System.Xml.Linq;
using PolicySearch.Api.Tests.Fixtures;

namespace PolicySearch.Api.Tests.Export;

[Collection(SharedApp.Name)]
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly ApiFixture _fixture;

    public AtomFeedTests(ApiFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task The_feed_is_well_formed_atom_with_the_newest_matches_first()
    {
        var response = await _fixture.Client.GetAsync(Urls.Search("法治", "format=atom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(Atom + "updated"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 2, 20);
        var updated = entries.Select(entry => DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending().ToList(), updated);
        var rule = entries.Single(entry => entry.Element(Atom + "id")!.Value == "urn:policysearch:document:doc-rule-of-law");
        Assert.Equal("国务院关于加强法治政府建设的意见", rule.Element(Atom + "title")!.Value);
        Assert.Equal("http://localhost/documents/doc-rule-of-law", rule.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2021-01-08T00:00:00Z", rule.Element(Atom + "updated")!.Value);
        Assert.Empty(rule.Element(Atom + "summary")!.Elements());
        Assert.Contains("法治", rule.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_text_is_escaped_and_stays_text()
    {
        var response = await _fixture.Client.GetAsync(Urls.Search("网络安全审查办法 <script>", "format=atom"));

        var raw = await response.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(raw).Root!;
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == "urn:policysearch:document:doc-markup");
        Assert.Equal("关于印发《网络安全审查办法》的通知<img src=x onerror=alert(1)>", entry.Element(Atom + "title")!.Value);
        Assert.DoesNotContain(entry.Descendants(), element => element.Name.LocalName is "img" or "script" or "mark" or "b");
        Assert.DoesNotContain("<mark>", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", raw, StringComparison.Ordinal);
        Assert.Contains("PolicySearch: 网络安全审查办法 &lt;script&gt;", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_names_atom_among_the_choices()
    {
        var response = await _fixture.Client.GetAsync(Urls.Search("法治", "format=rss"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("json, csv or atom", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
