using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Cli.Tests.Support;
using PolicySearch.Engine.Maintenance;
using Xunit.Abstractions;

namespace PolicySearch.Cli.Tests.Reliability;

/// <summary>
/// SIGKILL an import at seeded random moments, restart it, and check after every kill that the index
/// passes CheckIndex and that nothing once committed is ever lost or altered. tools/soak/kill-import.sh
/// runs the 20-cycle form.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int Seed = 20240607;
    private const int Documents = 2000;
    private readonly TemporaryDirectory _work = new();
    private readonly ITestOutputHelper _output;

    public ImportKillTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _work.Dispose();

    private string IndexPath => _work.Combine("index");

    [Fact]
    public async Task An_import_killed_ten_times_at_random_keeps_every_committed_document_and_then_completes()
    {
        var cycles = int.TryParse(Environment.GetEnvironmentVariable("POLICYSEARCH_KILL_CYCLES"), out var wanted) ? wanted : 10;
        var random = new Random(Seed);
        _output.WriteLine($"Random seed {Seed}, {cycles} kill cycles");
        var archive = GeneratedArchive.Write(_work.Combine("archive.jsonl"), "doc", Documents, 100, Seed);
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_Import__CommitEveryDocuments"] = "25" };
        var committed = new Dictionary<string, string>(StringComparer.Ordinal);
        var maintenance = new IndexMaintenance(NullLogger.Instance);

        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            var killAfter = TimeSpan.FromMilliseconds(random.Next(0, 1000));
            var generation = IndexFiles.LatestCommitGeneration(IndexPath);
            using (var import = CliProcess.Start(_work.Path, environment, "import", archive, "--index", IndexPath))
            {
                // Past start-up (this run made its first checkpoint), then the random point.
                await import.WaitUntilAsync(() => IndexFiles.LatestCommitGeneration(IndexPath) > generation, TimeSpan.FromMinutes(1), "a checkpoint of this run");
                await Task.Delay(killAfter); // the fault-injection point itself, not a wait for a condition
                import.Kill();
                await import.WaitForExitAsync(TimeSpan.FromSeconds(30));
            }

            if (IndexFiles.LatestCommitGeneration(IndexPath) == 0)
            {
                _output.WriteLine($"cycle {cycle}: killed after {killAfter.TotalMilliseconds} ms, before the first commit");
                continue;
            }

            var report = maintenance.Check(IndexPath);
            Assert.True(report.Clean, $"cycle {cycle}: CheckIndex found {report.BrokenSegmentCount} broken segments ({report.Problem})");
            var snapshot = IndexSnapshot.Read(IndexPath);
            var lost = committed.Keys.Where(id => snapshot.GetValueOrDefault(id) != committed[id]).ToList();
            Assert.True(lost.Count == 0, $"cycle {cycle}: {lost.Count} committed documents lost or changed, e.g. {lost.FirstOrDefault()}");
            foreach (var (id, hash) in snapshot)
            {
                committed[id] = hash;
            }

            _output.WriteLine($"cycle {cycle}: killed after {killAfter.TotalMilliseconds} ms, {snapshot.Count} documents committed, generation {report.Generation}");
        }

        var (exitCode, _, error) = await CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath);
        Assert.True(exitCode == 0, error);
        var final = IndexSnapshot.Read(IndexPath);
        Assert.Equal(Documents, final.Count);
        Assert.All(committed, document => Assert.Equal(document.Value, final.GetValueOrDefault(document.Key)));
        Assert.True(maintenance.Check(IndexPath).Clean);
    }
}
