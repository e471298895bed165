using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Cli.Tests.Support;
using PolicySearch.Core.Search;
using PolicySearch.Engine;
using PolicySearch.Engine.Maintenance;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Cli.Tests.Commands;

public sealed class MaintenanceCommandTests : IDisposable
{
    private static readonly string[] Queries = ["测试文件", "营商环境", "政务公开", "法治政府", "通知"];
    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private string IndexPath => _work.Combine("index");

    [Fact]
    public async Task Check_exits_0_when_clean_and_4_naming_the_segment_when_damaged_and_fix_needs_yes_in_scripts()
    {
        var archive = Archives.Write(_work.Combine("small.jsonl"), Enumerable.Range(0, 20).Select(i => Archives.Line($"d{i}", $"通知{i}", "营商环境正文。")));
        await CliProcess.RunAsync(_work.Path, "import", archive, "--threads", "1", "--index", IndexPath);
        var clean = await CliProcess.RunAsync(_work.Path, "check", "--index", IndexPath);
        var segment = Directory.GetFiles(IndexPath, "*.fnm").Single(); // the segment's field infos, read whenever it is opened
        await using (var stream = new FileStream(segment, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length / 2);
        }

        var damaged = await CliProcess.RunAsync(_work.Path, "check", "--index", IndexPath);
        var search = await CliProcess.RunAsync(_work.Path, "search", "通知", "--index", IndexPath);
        var unconfirmed = await CliProcess.RunAsync(_work.Path, "check", "--fix", "--index", IndexPath);
        var fixedRun = await CliProcess.RunAsync(_work.Path, "check", "--fix", "--yes", "--index", IndexPath);

        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);
        Assert.Contains("clean", clean.Output, StringComparison.Ordinal);
        Assert.Equal(4, damaged.ExitCode);
        Assert.Contains("broken", damaged.Output, StringComparison.Ordinal);
        Assert.Contains("would lose: 20", damaged.Output, StringComparison.Ordinal);
        Assert.Equal(4, search.ExitCode);
        Assert.Contains(IndexPath, search.Error, StringComparison.Ordinal);
        Assert.Contains("[index.corrupt]", search.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", search.Error, StringComparison.Ordinal);
        Assert.Equal(2, unconfirmed.ExitCode);
        Assert.Contains("--yes", unconfirmed.Error, StringComparison.Ordinal);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Output + fixedRun.Error);
        Assert.Contains("lost 20 documents", fixedRun.Output, StringComparison.Ordinal);
        Assert.Contains("policysearch reextract SITE", fixedRun.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_taken_while_another_process_imports_restores_to_the_same_answers_as_that_commit()
    {
        var first = Archives.Write(_work.Combine("first.jsonl"), Enumerable.Range(0, 200).Select(i => Archives.Line($"a-{i}", $"营商环境通知{i}", "优化营商环境，推进政务公开。")));
        Assert.Equal(0, (await CliProcess.RunAsync(_work.Path, "import", first, "--index", IndexPath)).ExitCode);
        var body = string.Concat(Enumerable.Repeat("各级人民政府应当依法履行职责，推进政务公开，建设法治政府。", 40));
        var second = Archives.Write(_work.Combine("second.jsonl"), Enumerable.Range(0, 4000).Select(i => Archives.Line($"b-{i}", $"测试文件{i}", body)));
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_Import__CommitEveryDocuments"] = "200" };
        var baseGeneration = IndexFiles.LatestCommitGeneration(IndexPath);
        var backupPath = _work.Combine("backup");
        var restoredPath = _work.Combine("restored");
        var options = new IndexOptions { Path = IndexPath, RefreshInterval = TimeSpan.FromHours(1) };
        var backup = new IndexBackup(NullLogger.Instance);

        using var import = CliProcess.Start(_work.Path, environment, "import", second, "--index", IndexPath);
        await import.WaitUntilAsync(() => IndexFiles.LatestCommitGeneration(IndexPath) > baseGeneration + 1, TimeSpan.FromMinutes(2), "a checkpoint of the second import");
        Dictionary<string, List<string>>? atCommit = null;
        for (var attempt = 0; attempt < 20 && atCommit is null; attempt++)
        {
            // The reader pins one commit; the backup must have copied that same commit to compare answers.
            using var source = PolicyIndexReader.Open(options, NullLogger.Instance);
            Directory.CreateDirectory(backupPath);
            Array.ForEach(Directory.GetFiles(backupPath), File.Delete);
            var manifest = await backup.BackupAsync(IndexPath, backupPath);
            if (manifest.Generation == source.GetStatistics().Generation)
            {
                atCommit = Queries.ToDictionary(query => query, query => Ids(source, query));
            }
        }

        Assert.False(import.HasExited, "the backup must run while the import is still writing");
        Assert.NotNull(atCommit);
        var restore = await CliProcess.RunAsync(_work.Path, "restore", backupPath, "--index", restoredPath);
        Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
        using var restored = PolicyIndexReader.Open(new IndexOptions { Path = restoredPath }, NullLogger.Instance);
        Assert.All(Queries, query => Assert.Equal(atCommit[query], Ids(restored, query)));
        Assert.NotEmpty(atCommit["测试文件"]);
        var again = await CliProcess.RunAsync(_work.Path, "restore", backupPath, "--index", restoredPath);
        Assert.Equal(3, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backup_command_writes_a_verified_copy_while_the_index_is_served()
    {
        var archive = Archives.Write(_work.Combine("small.jsonl"), Enumerable.Range(0, 30).Select(i => Archives.Line($"d{i}", $"通知{i}", "法治政府正文。")));
        await CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath);
        using var serving = PolicyIndexReader.Open(new IndexOptions { Path = IndexPath }, NullLogger.Instance);

        var (exitCode, output, error) = await CliProcess.RunAsync(_work.Path, "backup", _work.Combine("copy"), "--index", IndexPath);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("30 documents", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_work.Combine("copy"), "manifest.json")));
        Assert.True(new IndexMaintenance(NullLogger.Instance).Check(_work.Combine("copy")).Clean);
    }

    private static List<string> Ids(PolicyIndexReader reader, string query) =>
        reader.Search(new SearchRequest(query, Size: 20)).Hits.Select(hit => hit.Id).ToList();
}
