using System.Text;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// The Lua script given to wrk: each connection's thread rotates through the request paths, and at the end the
/// script prints one <c>perf.KEY VALUE</c> line per figure (microseconds, counts) for <see cref="WrkOutputParser"/>.
/// </summary>
internal static class WrkScript
{
    public const string Prefix = "perf.";

    public static string For(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("The mix is empty.", nameof(paths));
        }

        var script = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            if (path.Any(c => c is '"' or '\\' or '\n' or '\r' || c > '~'))
            {
                throw new ArgumentException($"'{path}' is not a percent-encoded path.", nameof(paths));
            }

            script.Append("  \"").Append(path).Append("\",\n");
        }

        script.Append("""
            }
            local next = 0
            request = function()
              next = next % #paths + 1
              return wrk.format("GET", paths[next])
            end
            done = function(summary, latency, requests)
              local out = function(key, value) io.write(string.format("perf.%s %d\n", key, value)) end
              out("requests", summary.requests)
              out("duration_us", summary.duration)
              out("bytes", summary.bytes)
              out("errors_status", summary.errors.status)
              out("errors_connect", summary.errors.connect)
              out("errors_read", summary.errors.read)
              out("errors_write", summary.errors.write)
              out("errors_timeout", summary.errors.timeout)
              out("latency_p50_us", latency:percentile(50))
              out("latency_p90_us", latency:percentile(90))
              out("latency_p99_us", latency:percentile(99))
              out("latency_max_us", latency.max)
              out("latency_mean_us", latency.mean)
            end

            """);
        return script.ToString();
    }
}
