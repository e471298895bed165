using PolicySearch.Cli.Tests.Support;

namespace PolicySearch.Cli.Tests.Hostile;

/// <summary>A site name given to crawl or reextract never reaches a file outside crawler-config.</summary>
public sealed class SiteNameTraversalTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "policysearch-cli-tests", Guid.NewGuid().ToString("N"));

    public SiteNameTraversalTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "work", "crawler-config"));
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        File.WriteAllText(Path.Combine(_root, "outside", "passwd"), "root:x:0:0:root:/root:/bin/bash");
        File.WriteAllText(Path.Combine(_root, "outside", "passwd.json"), "root:x:0:0:root:/root:/bin/bash");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData("crawl", "../outside/passwd")]
    [InlineData("crawl", "../../outside/passwd")]
    [InlineData("crawl", "..\\..\\outside\\passwd")]
    [InlineData("crawl", "..")]
    [InlineData("reextract", "../../outside/passwd")]
    public async Task A_site_name_that_leaves_the_config_folder_is_refused_with_a_clear_error(string command, string site)
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(Path.Combine(_root, "work"), command, site);

        Assert.Equal(3, exitCode);
        Assert.StartsWith("policysearch: ", error, StringComparison.Ordinal);
        Assert.Contains("is not a site name", error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encoded_traversal_is_only_a_name_that_is_not_found_in_the_config_folder()
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(Path.Combine(_root, "work"), "crawl", "..%2F..%2Foutside%2Fpasswd");

        Assert.Equal(3, exitCode);
        Assert.StartsWith("policysearch: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", error, StringComparison.Ordinal);
    }
}
