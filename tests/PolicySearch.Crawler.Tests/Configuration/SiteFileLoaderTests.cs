using PolicySearch.Core.Errors;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.Configuration;

public sealed class SiteFileLoaderTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<SiteDefinition> LoadAsync(string json)
    {
        var path = Path.Combine(_folder.Path, "site.json");
        await File.WriteAllTextAsync(path, json);
        return await SiteFileLoader.LoadAsync(path, _folder.Path, CancellationToken.None);
    }

    [Fact]
    public async Task Comments_and_trailing_commas_are_allowed_and_file_seeds_become_absolute()
    {
        var site = await LoadAsync("""
            // a comment
            { "name": "demo", "seeds": ["file:mirror/index.html",], "detail": { "urlPatterns": ["/t\\d+"], }, }
            """);

        Assert.Equal(new Uri(Path.Combine(_folder.Path, "mirror", "index.html")).AbsoluteUri, site.Seeds[0]);
    }

    [Theory]
    [InlineData("""{ "name": "Bad Name", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] } }""", "name")]
    [InlineData("""{ "name": "ok", "seeds": [], "detail": { "urlPatterns": ["x"] } }""", "seeds")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["(unclosed"] } }""", "detail.urlPatterns[0]")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "selectors": { "title": "h1[[" } }""", "selectors.title")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "delayMs": -1 }""", "delayMs")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "titel": "typo" }""", "$.titel")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "list": { "jsonApis": [{ "url": "/api?page=1" }] } }""", "list.jsonApis[0].url")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "list": { "jsonApis": [{ "url": "/api?page={page}", "fields": { "titel": "t" } }] } }""", "list.jsonApis[0].fields.titel")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "list": { "jsonApis": [{ "url": "/api?page={page}", "total": "t", "pageCount": "p" }] } }""", "list.jsonApis[0]")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "list": { "jpage": { "urlTemplates": ["/module/web/jpage/dataproxy.jsp?columnid=1"] } } }""", "list.jpage.urlTemplates[0]")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "pageData": { "validity": [{ "pattern": "(bad" }] } }""", "pageData.validity[0]")]
    [InlineData("""{ "name": "ok", "seeds": ["http://a.gov.cn/"], "detail": { "urlPatterns": ["x"] }, "pageData": { "abolished": [{ "pattern": "x" }] } }""", "pageData.abolished")]
    public async Task A_bad_file_is_rejected_with_file_field_and_reason(string json, string field)
    {
        var error = await Assert.ThrowsAsync<PolicySearchException>(() => LoadAsync(json));

        Assert.Equal(CrawlerErrorCodes.SiteInvalid, error.Code);
        Assert.Contains("site.json: " + field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shipped_site_files_are_valid()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "crawler-config");
        var files = Directory.GetFiles(folder, "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.NotNull(await SiteFileLoader.LoadAsync(file, _folder.Path, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Every_complete_example_of_the_site_file_readme_is_a_valid_site_file()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "crawler-config", "README.md"));
        var examples = readme.Split("```jsonc\n").Skip(1).Select(block => block[..block.IndexOf("```", StringComparison.Ordinal)])
            .Where(block => block.StartsWith('{')).ToList();

        Assert.True(examples.Count >= 4, $"{examples.Count} complete examples");
        foreach (var example in examples)
        {
            Assert.NotNull(await LoadAsync(example));
        }
    }
}
