using System.Globalization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// CPU time a process has used (user + system), from /proc/PID/stat (Linux). Unlike latency, CPU per request
/// hardly moves when other work shares the machine, so it compares the server with the in-process search.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <returns>Null where /proc is not there or the process has exited.</returns>
    public static TimeSpan? Read(int processId)
    {
        return ProcFiles.Read(processId, "stat") is { } text ? Parse(text) : null;
    }

    /// <summary>utime + stime: fields 14 and 15, counted after the command name, which is in parentheses and may hold spaces.</summary>
    public static TimeSpan? Parse(string stat)
    {
        ArgumentNullException.ThrowIfNull(stat);
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        // After ") " come field 3 (state) onwards: utime is field 14, so index 11 here.
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromSeconds((user + system) / TicksPerSecond)
            : null;
    }
}
