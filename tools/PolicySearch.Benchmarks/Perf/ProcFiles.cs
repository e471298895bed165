using System.Globalization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Reads /proc/PID/NAME (Linux): null where /proc is not there or the process has exited.</summary>
internal static class ProcFiles
{
    public static string? Read(int processId, string name)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/{name}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
