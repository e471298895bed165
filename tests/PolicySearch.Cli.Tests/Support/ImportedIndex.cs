namespace PolicySearch.Cli.Tests.Support;

/// <summary>A temporary index imported by the real CLI from archive lines; commands run against it with --index.</summary>
internal sealed class ImportedIndex : IDisposable
{
    private readonly TemporaryDirectory _work = new();

    public ImportedIndex(params string[] lines)
    {
        var archive = Archives.Write(_work.Combine("docs.jsonl"), lines);
        var (exitCode, _, error) = CliProcess.RunAsync(_work.Path, "import", archive, "--index", IndexPath).GetAwaiter().GetResult();
        Assert.True(exitCode == 0, error);
    }

    public string IndexPath => _work.Combine("index");

    /// <summary>Runs a command with this index appended as --index.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments) =>
        CliProcess.RunAsync(_work.Path, [.. arguments, "--index", IndexPath]);

    public void Dispose() => _work.Dispose();
}
