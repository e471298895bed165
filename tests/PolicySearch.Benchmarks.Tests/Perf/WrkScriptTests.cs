using PolicySearch.Benchmarks.Perf;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class WrkScriptTests
{
    [Fact]
    public void The_script_lists_every_path_and_prints_the_figures_the_parser_reads()
    {
        var paths = HttpQueryMix.Paths();

        var script = WrkScript.For(paths);

        Assert.All(paths, path => Assert.Contains($"\"{path}\",", script, StringComparison.Ordinal));
        foreach (var key in new[] { "requests", "duration_us", "errors_status", "latency_p50_us", "latency_p90_us", "latency_p99_us" })
        {
            Assert.Contains($"out(\"{key}\"", script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/search?q=行政复议")]
    [InlineData("/api/search?q=\"x\"")]
    public void A_path_that_is_not_percent_encoded_is_refused(string path)
    {
        Assert.Throws<ArgumentException>(() => WrkScript.For([path]));
    }
}
