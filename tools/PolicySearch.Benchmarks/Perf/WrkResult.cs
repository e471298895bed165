namespace PolicySearch.Benchmarks.Perf;

/// <summary>What one wrk run measured against /api/search.</summary>
/// <param name="HttpErrors">Responses with a status of 400 or more (wrk counts no other status as an error).</param>
/// <param name="SocketErrors">Connect, read, write errors and timeouts together.</param>
internal sealed record WrkResult(
    long Requests,
    double DurationSeconds,
    double RequestsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    long HttpErrors,
    long SocketErrors,
    long Bytes);
