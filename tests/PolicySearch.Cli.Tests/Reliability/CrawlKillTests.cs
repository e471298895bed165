using System.Text.Json;
using System.Text.RegularExpressions;
using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Reliability;

/// <summary>A crawl killed with SIGKILL after a checkpoint resumes without refetching what it finished and ends with the same documents.</summary>
public sealed partial class CrawlKillTests : IDisposable
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");
    private readonly TemporaryDirectory _work = new();

    public CrawlKillTests()
    {
        CopyDirectory(Path.Combine(TestData, "samples", "site"), _work.Combine(Path.Combine("samples", "site")));
        // The shipped site file, slowed down so that a kill lands mid-crawl, one page at a time.
        var site = File.ReadAllText(Path.Combine(TestData, "crawler-config", "sample-site.json"))
            .Replace("\"delayMs\": 0", "\"delayMs\": 150", StringComparison.Ordinal)
            .Replace("\"concurrency\": 4", "\"concurrency\": 1", StringComparison.Ordinal);
        File.WriteAllText(_work.Combine("slow-site.json"), site);
        File.WriteAllText(_work.Combine("fast-site.json"), site.Replace("\"delayMs\": 150", "\"delayMs\": 0", StringComparison.Ordinal));
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task A_crawl_killed_after_a_checkpoint_resumes_and_ends_with_the_same_documents_as_an_uninterrupted_crawl()
    {
        // Each index in its own folder: the crawl state lives beside the index.
        var killedIndex = _work.Combine(Path.Combine("killed", "index"));
        var uninterruptedIndex = _work.Combine(Path.Combine("uninterrupted", "index"));
        var environment = new Dictionary<string, string> { ["POLICYSEARCH_Crawler__CommitEveryPages"] = "5" };
        using (var crawl = CliProcess.Start(_work.Path, environment, "crawl", "slow-site.json", "--index", killedIndex))
        {
            // Generation 1 is the new index's first commit; 2 or more means a checkpoint of crawled pages.
            await crawl.WaitUntilAsync(() => IndexFiles.LatestCommitGeneration(killedIndex) >= 3, TimeSpan.FromMinutes(2), "a crawl checkpoint");
            crawl.Kill();
            await crawl.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        var afterKill = await DocumentIdsAsync(killedIndex);
        var (resumedExit, resumedOutput, resumedError) = await CliProcess.RunAsync(_work.Path, "crawl", "fast-site.json", "--index", killedIndex);
        var (fullExit, fullOutput, _) = await CliProcess.RunAsync(_work.Path, "crawl", "fast-site.json", "--index", uninterruptedIndex);

        Assert.True(resumedExit == 0, resumedError);
        Assert.Equal(0, fullExit);
        Assert.NotEmpty(afterKill);
        Assert.True(NewDocuments(resumedOutput) < NewDocuments(fullOutput), $"the resumed crawl indexed again what was committed before the kill:\n{resumedOutput}");
        Assert.Equal(await DocumentIdsAsync(uninterruptedIndex), await DocumentIdsAsync(killedIndex));
    }

    private async Task<List<string>> DocumentIdsAsync(string index)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(_work.Path, "search", "--category", "样例政策文件", "--top", "100", "--json", "--index", index);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("hits").EnumerateArray()
            .Select(hit => hit.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
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
