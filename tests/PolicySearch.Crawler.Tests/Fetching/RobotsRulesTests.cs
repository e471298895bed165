using PolicySearch.Crawler.Fetching;

namespace PolicySearch.Crawler.Tests.Fetching;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        User-agent: BadBot
        Disallow: /

        User-agent: *
        Disallow: /private/
        Allow: /private/open.html
        Disallow: /*.pdf$
        Crawl-delay: 2
        Sitemap: https://example.gov.cn/sitemap.xml
        """;

    [Theory]
    [InlineData("/zhengce/index.shtml", true)]
    [InlineData("/private/a.html", false)]
    [InlineData("/private/open.html", true)]
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf?x=1", true)]
    public void Longest_match_decides_for_the_star_group(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "PolicySearchBot/1.0").IsAllowed(path));

    [Fact]
    public void Named_group_applies_to_its_agent() => Assert.False(RobotsRules.Parse(Robots, "BadBot/2.0").IsAllowed("/zhengce/"));

    [Fact]
    public void Crawl_delay_and_sitemaps_are_read()
    {
        var rules = RobotsRules.Parse(Robots, "PolicySearchBot/1.0");

        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
        Assert.Equal(["https://example.gov.cn/sitemap.xml"], rules.Sitemaps);
    }
}
