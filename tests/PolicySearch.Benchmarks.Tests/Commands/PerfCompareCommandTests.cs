using PolicySearch.Benchmarks.Tests.Perf;
using PolicySearch.Benchmarks.Tests.Support;

namespace PolicySearch.Benchmarks.Tests.Commands;

public sealed class PerfCompareCommandTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Prints_our_figures_beside_the_java_references_in_one_table()
    {
        var java = _work.Combine("java.json");
        await File.WriteAllTextAsync(java, PerfComparisonTests.JavaJson);
        var ours = _work.Combine("perf.json");
        // The same figures, as our perf.json would hold them (no engine named), but for one document more.
        var oursText = PerfComparisonTests.JavaJson
            .Replace("\"engine\"", "\"notEngine\"", StringComparison.Ordinal)
            .Replace("\"documents\": 597", "\"documents\": 598", StringComparison.Ordinal);
        await File.WriteAllTextAsync(ours, oursText);

        var (exitCode, output, error) = await CliProcess.RunProgramAsync(Programs.Benchmarks, _work.Path, "perf-compare", "--ours", ours, "--java", java);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Side by side", output, StringComparison.Ordinal);
        Assert.Contains("Apache Lucene 8.8.1", output, StringComparison.Ordinal);
        Assert.Contains("different numbers of documents (ours 598, Java 597)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error_naming_the_option()
    {
        var ours = _work.Combine("perf.json");
        await File.WriteAllTextAsync(ours, PerfComparisonTests.JavaJson);

        var (exitCode, output, error) = await CliProcess.RunProgramAsync(Programs.Benchmarks, _work.Path, "perf-compare", "--ours", ours, "--java", _work.Combine("nope.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--java:", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_figures_exits_with_bad_input_naming_it()
    {
        var empty = _work.Combine("empty.json");
        await File.WriteAllTextAsync(empty, "{}");

        var (exitCode, output, error) = await CliProcess.RunProgramAsync(Programs.Benchmarks, _work.Path, "perf-compare", "--ours", empty, "--java", empty);

        Assert.Equal(3, exitCode);
        Assert.Contains(empty, output + error, StringComparison.Ordinal);
    }
}
