namespace PolicySearch.Benchmarks.Perf;

/// <summary>The first three fields of /proc/loadavg ("1.20 0.95 0.80"), or null where there is none.</summary>
internal static class LoadAverage
{
    public static string? Read()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
