using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Commands;

/// <summary>`policysearch crawl` of the offline sample site with the shipped site file, run as a user runs it.</summary>
public sealed class CrawlCommandTests : IDisposable
{
    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "TestData");
    private static readonly Dictionary<string, string> WithoutOcr = new() { ["POLICYSEARCH_Crawler__OcrCommand"] = "/nonexistent/tesseract" };
    private readonly TemporaryDirectory _work = new();

    public CrawlCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestData, "samples", "site"), "*", SearchOption.AllDirectories))
        {
            var target = _work.Combine(Path.GetRelativePath(TestData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(Path.Combine(TestData, "crawler-config", "sample-site.json"), _work.Combine("sample-site.json"));
    }

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task A_crawl_into_a_new_index_beside_the_same_crawl_state_says_it_re_indexed_what_the_index_lacked()
    {
        var first = await CrawlAsync(Path.Combine("data", "index"));
        var second = await CrawlAsync(Path.Combine("data", "index2"));

        Assert.Contains("OCR unavailable: '/nonexistent/tesseract' not found", first, StringComparison.Ordinal);
        Assert.Contains(": 3 images or scanned PDFs were not read.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("the index lacked", first, StringComparison.Ordinal);
        Assert.Contains("Re-indexed 66 documents the index lacked (or held in an older version), from stored pages in ", second, StringComparison.Ordinal);
    }

    private async Task<string> CrawlAsync(string index)
    {
        using var cli = CliProcess.Start(_work.Path, WithoutOcr, "crawl", "sample-site.json", "--index", index);
        var exitCode = await cli.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, cli.Error + cli.Output);
        return cli.Output;
    }
}
