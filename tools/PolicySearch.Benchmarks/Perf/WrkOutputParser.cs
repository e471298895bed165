using System.Globalization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Reads the <c>perf.KEY VALUE</c> lines that <see cref="WrkScript"/>'s done() prints after wrk's own report.</summary>
internal static class WrkOutputParser
{
    private static readonly string[] Required =
    [
        "requests", "duration_us", "bytes", "errors_status", "errors_connect", "errors_read", "errors_write", "errors_timeout",
        "latency_p50_us", "latency_p90_us", "latency_p99_us", "latency_max_us", "latency_mean_us",
    ];

    /// <returns>The result, or null with the keys that were missing or unreadable.</returns>
    public static (WrkResult? Result, string? Error) Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[0].StartsWith(WrkScript.Prefix, StringComparison.Ordinal)
                && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                values[parts[0][WrkScript.Prefix.Length..]] = value;
            }
        }

        var missing = Required.Where(key => !values.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            return (null, "wrk's output lacks " + string.Join(", ", missing.Select(key => WrkScript.Prefix + key)));
        }

        var seconds = values["duration_us"] / 1e6;
        return (new WrkResult(
            values["requests"],
            Math.Round(seconds, 3),
            Math.Round(values["requests"] / Math.Max(seconds, 1e-9), 1),
            Ms(values["latency_p50_us"]),
            Ms(values["latency_p90_us"]),
            Ms(values["latency_p99_us"]),
            Ms(values["latency_max_us"]),
            Ms(values["latency_mean_us"]),
            values["errors_status"],
            values["errors_connect"] + values["errors_read"] + values["errors_write"] + values["errors_timeout"],
            values["bytes"]), null);
    }

    private static double Ms(long microseconds) => Math.Round(microseconds / 1000.0, 2);
}
