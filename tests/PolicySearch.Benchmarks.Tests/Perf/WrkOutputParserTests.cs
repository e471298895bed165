using PolicySearch.Benchmarks.Perf;

namespace PolicySearch.Benchmarks.Tests.Perf;

public sealed class WrkOutputParserTests
{
    private const string Output = """
        Running 1m test @ http://127.0.0.1:40123
          2 threads and 8 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency    15.10ms    8.02ms 210.33ms   90.12%
            Req/Sec   266.51     40.12   350.00     70.00%
          Latency Distribution
             50%   13.20ms
             75%   17.90ms
             90%   23.40ms
             99%   45.10ms
          31800 requests in 1.00m, 250.12MB read
          Non-2xx or 3xx responses: 3
        Requests/sec:    529.98
        Transfer/sec:      4.17MB
        perf.requests 31800
        perf.duration_us 60002000
        perf.bytes 262270000
        perf.errors_status 3
        perf.errors_connect 0
        perf.errors_read 1
        perf.errors_write 0
        perf.errors_timeout 2
        perf.latency_p50_us 13204
        perf.latency_p90_us 23400
        perf.latency_p99_us 45100
        perf.latency_max_us 210330
        perf.latency_mean_us 15100
        """;

    [Fact]
    public void Reads_requests_rate_latency_percentiles_and_errors()
    {
        var (result, error) = WrkOutputParser.Parse(Output);

        Assert.Null(error);
        Assert.NotNull(result);
        Assert.Equal(31800, result.Requests);
        Assert.Equal(60.002, result.DurationSeconds);
        Assert.Equal(530.0, result.RequestsPerSecond);
        Assert.Equal([13.2, 23.4, 45.1, 210.33, 15.1], [result.P50Ms, result.P90Ms, result.P99Ms, result.MaxMs, result.MeanMs]);
        Assert.Equal(3, result.HttpErrors);
        Assert.Equal(3, result.SocketErrors);
        Assert.Equal(262270000, result.Bytes);
    }

    [Fact]
    public void Output_without_the_script_lines_is_an_error_naming_them()
    {
        var cut = string.Join('\n', Output.Split('\n').Where(line => !line.Contains("latency_p99", StringComparison.Ordinal) && !line.Contains("perf.requests", StringComparison.Ordinal)));

        var (result, error) = WrkOutputParser.Parse(cut);

        Assert.Null(result);
        Assert.Contains("perf.requests", error, StringComparison.Ordinal);
        Assert.Contains("perf.latency_p99_us", error, StringComparison.Ordinal);
    }
}
