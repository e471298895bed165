namespace PolicySearch.Benchmarks.Perf;

/// <summary>The benchmark's scratch folder (indexes, logs, scripts, the replicated corpus) and what child processes inherit.</summary>
internal sealed class PerfWork : IDisposable
{
    private readonly bool _owned;

    /// <param name="path">A folder the user named (kept afterwards), or null for a new folder under the temp folder (removed).</param>
    public PerfWork(string? path)
    {
        _owned = path is null;
        Path = System.IO.Path.GetFullPath(path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policysearch-perf-" + Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(LogDirectory);
    }

    public string Path { get; }

    public string LogDirectory => Combine("logs");

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Environment for child processes: their log files go to the work folder, not the user's logs/.</summary>
    public Dictionary<string, string> ChildEnvironment() => new(StringComparer.Ordinal)
    {
        ["POLICYSEARCH_Logging__Directory"] = LogDirectory,
    };

    public static double DirectorySizeMB(string path) =>
        Math.Round(new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length) / 1_048_576.0, 3);

    public void Dispose()
    {
        if (_owned && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
