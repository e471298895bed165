using System.Text.Json;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private string IndexPath => _work.Combine("index");

    [Fact]
    public async Task Reports_each_bad_line_with_file_and_line_and_imports_the_rest()
    {
        var archive = Archives.Write(_work.Combine("bad.jsonl"), [
            Archives.Line("a", "第一份通知", "关于营商环境的正文。"),
            "{\"id\": \"broken\"",
            Archives.Line("b", "第二份通知", "关于法治政府的正文。"),
        ]);

        var (exitCode, output, error) = await CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Contains($"{archive}:2:", error, StringComparison.Ordinal);
        Assert.Contains("Documents indexed", output, StringComparison.Ordinal);
        Assert.Equal(2, await DocumentCountAsync());
    }

    [Fact]
    public async Task Importing_twice_does_not_duplicate()
    {
        await CliProcess.RunAsync(_work.Path, "import", Archives.Sample, "--index", IndexPath);
        var first = await DocumentCountAsync();

        var (exitCode, _, _) = await CliProcess.RunAsync(_work.Path, "import", Archives.Sample, "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.InRange(first, 500, 700);
        Assert.Equal(first, await DocumentCountAsync());
    }

    [Fact]
    public async Task A_missing_file_is_named_and_nothing_is_written()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(_work.Path, "import", _work.Combine("absent.jsonl"), "--index", IndexPath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("absent.jsonl", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(IndexPath));
    }

    [Fact]
    public async Task An_import_killed_mid_way_leaves_a_readable_index_and_a_rerun_completes_it()
    {
        const int Total = 3000;
        var body = string.Concat(Enumerable.Repeat("各级人民政府应当依法履行职责，推进政务公开，优化营商环境。", 40));
        var archive = Archives.Write(_work.Combine("large.jsonl"), Enumerable.Range(0, Total).Select(i => Archives.Line($"doc-{i}", $"测试文件{i}", body)));
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_Import__CommitEveryDocuments"] = "200" };

        using (var import = CliProcess.Start(_work.Path, environment, "import", archive, "--index", IndexPath))
        {
            // Generation 1 is the empty index's first commit; wait for a checkpoint commit after it.
            await import.WaitUntilAsync(() => IndexFiles.LatestCommitGeneration(IndexPath) >= 3, TimeSpan.FromMinutes(2), "a checkpoint commit");
            import.Kill();
            await import.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        var afterKill = await DocumentCountAsync();
        Assert.InRange(afterKill, 200, Total);

        var (exitCode, _, _) = await CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Equal(Total, await DocumentCountAsync());
    }

    private async Task<int> DocumentCountAsync()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_work.Path, "stats", "--json", "--index", IndexPath);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("documentCount").GetInt32();
    }
}
