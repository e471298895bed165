using PolicySearch.Cli.Tests.Support;
using Xunit.Abstractions;

namespace PolicySearch.Cli.Tests.Reliability;

/// <summary>
/// SIGKILL an import 20 times at seeded random points (start-up, after a checkpoint, while a commit is written), restart it
/// each time, and check after every kill that the index passes CheckIndex and that every committed document is still there,
/// identical to what an uninterrupted import stores. POLICYSEARCH_KILL_SEED replays another seed, POLICYSEARCH_KILL_CYCLES runs more.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int DefaultSeed = 20240607;
    private const int Documents = 1000;
    private readonly TemporaryDirectory _work = new();
    private readonly ITestOutputHelper _output;

    public ImportKillTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => _work.Dispose();

    private string IndexPath => _work.Combine("index");

    [Fact]
    public async Task An_import_killed_twenty_times_at_random_keeps_every_committed_document_identical_and_then_completes()
    {
        var seed = KillLoop.Seed(DefaultSeed);
        var cycles = KillLoop.Cycles();
        var random = new Random(seed);
        _output.WriteLine($"Random seed {seed}, {cycles} kill cycles");
        var archive = GeneratedArchive.Write(_work.Combine("archive.jsonl"), "doc", Documents, 100, seed);
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_Import__CommitEveryDocuments"] = "25" };
        var (referenceExit, _, referenceError) = await CliProcess.RunAsync(_work.Path, "import", archive, "--index", _work.Combine("reference"));
        Assert.True(referenceExit == 0, referenceError);
        var committed = new CommittedDocuments(IndexSnapshot.Read(_work.Combine("reference")));

        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            var point = KillPoint.Draw(random);
            string killed;
            using (var import = CliProcess.Start(_work.Path, environment, "import", archive, "--index", IndexPath))
            {
                killed = await point.KillAsync(import, IndexPath, $"seed {seed}, cycle {cycle}");
            }

            var where = $"seed {seed}, cycle {cycle}, killed at {killed}";
            var state = IndexFiles.LatestCommitGeneration(IndexPath) == 0 ? "before the first commit" : committed.Verify(IndexPath, where);
            _output.WriteLine($"{where}: {state}");
        }

        var (exitCode, _, error) = await CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath);
        Assert.True(exitCode == 0, $"seed {seed}: the import after the kills failed: {error}");
        committed.VerifyComplete(IndexPath, $"seed {seed}, after the kills");
    }
}
