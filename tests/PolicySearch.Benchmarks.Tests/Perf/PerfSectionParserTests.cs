using PolicySearch.Benchmarks.Perf;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class PerfSectionParserTests
{
    [Fact]
    public void Without_sections_every_section_but_scale_runs()
    {
        var (sections, error) = PerfSectionParser.Parse(null, scaleGiven: false);

        Assert.Null(error);
        Assert.Equal(["analysis", "import", "search", "http", "startup", "crawl"], PerfSectionParser.Describe(sections));
    }

    [Fact]
    public void Giving_scale_adds_the_scale_section_to_the_default()
    {
        var (sections, _) = PerfSectionParser.Parse(null, scaleGiven: true);

        Assert.Equal(PerfSections.All, sections);
    }

    [Fact]
    public void A_list_selects_just_those_sections_in_any_case_and_order()
    {
        var (sections, error) = PerfSectionParser.Parse(" Crawl,http , import", scaleGiven: true);

        Assert.Null(error);
        Assert.Equal(["import", "http", "crawl"], PerfSectionParser.Describe(sections));
    }

    [Fact]
    public void All_means_every_section()
    {
        Assert.Equal(PerfSections.All, PerfSectionParser.Parse("all", scaleGiven: false).Sections);
    }

    [Theory]
    [InlineData("import,serach", "'serach'")]
    [InlineData("default", "'default'")]
    [InlineData(",", "at least one")]
    [InlineData("None", "'None'")]
    public void An_unknown_or_empty_list_is_refused_with_the_name(string text, string expected)
    {
        var (sections, error) = PerfSectionParser.Parse(text, scaleGiven: false);

        Assert.Equal(PerfSections.None, sections);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
