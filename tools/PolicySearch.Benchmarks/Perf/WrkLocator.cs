namespace PolicySearch.Benchmarks.Perf;

/// <summary>Finds wrk on PATH.</summary>
internal static class WrkLocator
{
    public const string Missing = "wrk is not on PATH, so the HTTP load is skipped (the serve start-up is still measured). Install it (Debian/Ubuntu: `sudo apt-get install wrk`) and run again.";

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "wrk"))
            .FirstOrDefault(File.Exists);
}
