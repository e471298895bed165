using System.Text.Json;
using PolicySearch.Benchmarks.Perf;
using PolicySearch.Benchmarks.Tests.Support;

namespace PolicySearch.Benchmarks.Tests.Commands;

public sealed class PerfCommandTests : IDisposable
{
    private const int Documents = 30;
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Import_http_and_scale_sections_write_their_figures_to_json()
    {
        var body = string.Concat(Enumerable.Repeat("各级人民政府应当依法履行职责，推进政务公开，优化营商环境，保障行政复议。", 10));
        var corpus = Archives.Write(_work.Combine("corpus.jsonl"), Enumerable.Range(0, Documents).Select(i => Archives.Line($"doc-{i}", $"关于营商环境的通知{i}", body)));
        var json = _work.Combine("perf.json");

        var (exitCode, output, error) = await CliProcess.RunProgramAsync(
            Programs.Benchmarks,
            _work.Path, "perf", "--corpus", corpus, "--sections", "import,http,scale", "--scale", "2", "--http-seconds", "1", "--rounds", "1", "--json", json);

        Assert.True(exitCode == 0, output + error);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        Assert.Equal(["import", "http", "scale"], root.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));
        var imports = root.GetProperty("imports").EnumerateArray().ToList();
        Assert.Equal([1, 2], imports.Select(i => i.GetProperty("threads").GetInt32()));
        Assert.All(imports, import =>
        {
            Assert.Equal(Documents, import.GetProperty("documents").GetInt64());
            Assert.True(import.GetProperty("peakRssMB").GetDouble() > 0);
            Assert.True(import.GetProperty("indexSizeMB").GetDouble() > 0);
        });
        var scale = root.GetProperty("scale");
        Assert.Equal(2 * Documents, scale.GetProperty("import").GetProperty("documents").GetInt64());
        Assert.Contains(scale.GetProperty("searches").EnumerateArray(), s => s.GetProperty("kind").GetString() == "all");
        Assert.True(root.GetProperty("serveStartupToFirstSearchMs").GetDouble() > 0);
        if (WrkLocator.Find() is null)
        {
            Assert.Contains("apt-get install wrk", root.GetProperty("httpSkipped").GetString(), StringComparison.Ordinal);
            return;
        }

        var wrk = root.GetProperty("http")[0].GetProperty("wrk");
        Assert.True(wrk.GetProperty("requests").GetInt64() > 0);
        Assert.Equal(0, wrk.GetProperty("httpErrors").GetInt64());
        Assert.True(scale.GetProperty("httpStartupToFirstSearchMs").GetDouble() > 0);
    }

    [Theory]
    [InlineData("--sections", "import,serach", "'serach'")]
    [InlineData("--scale", "1", "--scale must be between 2")]
    [InlineData("--http-threads", "9", "may not exceed --http-connections")]
    public async Task Bad_options_are_refused_with_a_usage_error(string option, string value, string message)
    {
        var (exitCode, output, error) = await CliProcess.RunProgramAsync(Programs.Benchmarks, _work.Path, "perf", "--corpus", Archives.Sample, option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output + error, StringComparison.Ordinal);
    }
}
