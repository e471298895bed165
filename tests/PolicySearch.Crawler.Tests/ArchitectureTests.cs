using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Crawler.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Crawler_references_neither_lucene_nor_aspnetcore()
    {
        var references = typeof(SiteCrawler).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("PolicySearch.Core", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Lucene", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("PolicySearch.Engine", StringComparison.Ordinal));
    }
}
