using System.Globalization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>A process's resident memory now (VmRSS) and at its highest so far (VmHWM), from /proc/PID/status (Linux).</summary>
internal sealed record ProcessMemory(double RssMB, double PeakMB)
{
    /// <returns>Null where /proc is not there (not Linux) or the process has exited.</returns>
    public static ProcessMemory? Read(int processId)
    {
        return ProcFiles.Read(processId, "status") is { } text ? Parse(text) : null;
    }

    /// <summary>Reads the VmRSS and VmHWM lines ("VmHWM:	  123456 kB"); null when either is missing (a zombie has neither).</summary>
    public static ProcessMemory? Parse(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        double? rss = null;
        double? peak = null;
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return rss is { } r && peak is { } p ? new ProcessMemory(Math.Round(r / 1024, 1), Math.Round(p / 1024, 1)) : null;
    }

    private static double? Kilobytes(string line)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }
}
