using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Crawler.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Crawler_references_neither_lucene_nor_aspnetcore()
    {
        AssemblyReferences.AssertLayering(
            typeof(SiteCrawler).Assembly, ["PolicySearch.Core"], "Lucene", "Microsoft.AspNetCore", "PolicySearch.Engine");
    }
}
