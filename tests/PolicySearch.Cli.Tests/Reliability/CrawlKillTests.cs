using System.Text.RegularExpressions;
using PolicySearch.Cli.Tests.Support;
using Xunit.Abstractions;

namespace PolicySearch.Cli.Tests.Reliability;

/// <summary>
/// SIGKILL a crawl of the offline sample site 20 times at seeded random points (start-up, after a checkpoint, while a commit
/// is written), resume it each time, and check after every kill that the index passes CheckIndex and keeps every committed
/// document identical to an uninterrupted crawl's; the resumed crawl ends with the same documents and does not index again
/// what was committed. POLICYSEARCH_KILL_SEED replays another seed.
/// </summary>
public sealed partial class CrawlKillTests : IDisposable
{
    private const int DefaultSeed = 20261125;
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");
    private readonly TemporaryDirectory _work = new();
    private readonly ITestOutputHelper _output;

    public CrawlKillTests(ITestOutputHelper output)
    {
        _output = output;
        CopyDirectory(Path.Combine(TestData, "samples", "site"), _work.Combine(Path.Combine("samples", "site")));
        // The shipped site file, slowed down so that kills land mid-crawl, one page at a time.
        var site = File.ReadAllText(Path.Combine(TestData, "crawler-config", "sample-site.json"))
            .Replace("\"delayMs\": 0", "\"delayMs\": 60", StringComparison.Ordinal)
            .Replace("\"concurrency\": 4", "\"concurrency\": 1", StringComparison.Ordinal);
        File.WriteAllText(_work.Combine("slow-site.json"), site);
        File.WriteAllText(_work.Combine("fast-site.json"), site.Replace("\"delayMs\": 60", "\"delayMs\": 0", StringComparison.Ordinal));
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task A_crawl_killed_twenty_times_at_random_resumes_and_ends_with_the_same_documents_as_an_uninterrupted_crawl()
    {
        var seed = KillLoop.Seed(DefaultSeed);
        var cycles = KillLoop.Cycles();
        var random = new Random(seed);
        _output.WriteLine($"Random seed {seed}, {cycles} kill cycles");

        // Each index in its own folder: the crawl state lives beside the index.
        var killedIndex = _work.Combine(Path.Combine("killed", "index"));
        var uninterruptedIndex = _work.Combine(Path.Combine("uninterrupted", "index"));
        var (fullExit, fullOutput, fullError) = await CliProcess.RunAsync(_work.Path, "crawl", "fast-site.json", "--index", uninterruptedIndex);
        Assert.True(fullExit == 0, fullError);
        var committed = new CommittedDocuments(IndexSnapshot.Read(uninterruptedIndex));
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_Crawler__CommitEveryPages"] = "3" };

        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            var point = KillPoint.Draw(random);
            string killed;
            using (var crawl = CliProcess.Start(_work.Path, environment, "crawl", "slow-site.json", "--index", killedIndex))
            {
                killed = await point.KillAsync(crawl, killedIndex, $"seed {seed}, cycle {cycle}");
            }

            var where = $"seed {seed}, cycle {cycle}, killed at {killed}";
            var state = IndexFiles.LatestCommitGeneration(killedIndex) == 0 ? "before the first commit" : committed.Verify(killedIndex, where);
            _output.WriteLine($"{where}: {state}");
        }

        var (resumedExit, resumedOutput, resumedError) = await CliProcess.RunAsync(_work.Path, "crawl", "fast-site.json", "--index", killedIndex);

        Assert.True(resumedExit == 0, $"seed {seed}: the crawl after the kills failed: {resumedError}");
        committed.VerifyComplete(killedIndex, $"seed {seed}, after the kills");
        Assert.True(committed.Count == 0 || NewDocuments(resumedOutput) < NewDocuments(fullOutput), $"seed {seed}: the last crawl indexed again what was committed before the kills:\n{resumedOutput}");
    }

    private static int NewDocuments(string report)
    {
        var match = NewDocumentsRow().Match(report);
        Assert.True(match.Success, report);
        return int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"New documents\s*│\s*(?<count>\d+)")]
    private static partial Regex NewDocumentsRow();
}
