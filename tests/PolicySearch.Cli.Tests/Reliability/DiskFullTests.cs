using System.Diagnostics;
using PolicySearch.Cli.Tests.Support;
using Xunit.Abstractions;

namespace PolicySearch.Cli.Tests.Reliability;

/// <summary>An import into a 4 MB tmpfs: needs root and mount(8); skipped (reported as skipped) elsewhere.</summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();
    private readonly ITestOutputHelper _output;
    private bool _mounted;

    public DiskFullTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private string SmallDisk => _work.Combine("small");

    private string IndexPath => Path.Combine(SmallDisk, "index");

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", SmallDisk);
        }

        _work.Dispose();
    }

    [SkippableFact]
    public async Task An_import_that_fills_the_disk_stops_with_a_clear_error_and_the_last_commit_stays_readable()
    {
        Directory.CreateDirectory(SmallDisk);
        var (mountExit, mountError) = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", SmallDisk);
        Skip.If(mountExit != 0, $"cannot mount a 4 MB tmpfs (needs root): {mountError}");
        _mounted = true;
        var first = GeneratedArchive.Write(_work.Combine("first.jsonl"), "first", 20, 200, seed: 1);
        var large = GeneratedArchive.Write(_work.Combine("large.jsonl"), "large", 1500, 100, seed: 2, payloadBytes: 6000);
        Assert.Equal(0, (await CliProcess.RunAsync(_work.Path, "import", first, "--index", IndexPath)).ExitCode);
        var before = IndexSnapshot.Read(IndexPath);

        using var import = CliProcess.Start(_work.Path, new Dictionary<string, string> { ["POLICYSEARCH_Import__CommitEveryDocuments"] = "100" }, "import", large, "--index", IndexPath);
        var exitCode = await import.WaitForExitAsync(TimeSpan.FromMinutes(2));

        _output.WriteLine(import.Error);
        Assert.Equal(4, exitCode);
        Assert.Contains("No space left on device", import.Error, StringComparison.Ordinal);
        Assert.Contains(IndexPath, import.Error, StringComparison.Ordinal);
        Assert.Contains("[index.disk_full]", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.Error, StringComparison.Ordinal);
        var check = await CliProcess.RunAsync(_work.Path, "check", "--index", IndexPath);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var after = IndexSnapshot.Read(IndexPath);
        Assert.All(before, document => Assert.Equal(document.Value, after.GetValueOrDefault(document.Key)));
        Assert.True(after.Count < 1520, "the import cannot have completed on a 4 MB disk");
    }

    private static (int ExitCode, string Error) Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error.Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
