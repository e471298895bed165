namespace PolicySearch.Benchmarks.Perf;

/// <summary>One wrk run against `policysearch serve`, with the server's start-up and memory.</summary>
/// <param name="OutputCache">Whether the server's output cache was on (off measures search itself).</param>
/// <param name="ServerMaxRssMB">The highest VmRSS of the server sampled every 250 ms during the run.</param>
/// <param name="ServerPeakMB">The server's VmHWM at the end of the run (since its start).</param>
/// <param name="ServerCpuMsPerRequest">The server's CPU time (user + system) during the run over the requests wrk completed.</param>
internal sealed record HttpResult(
    bool OutputCache,
    int Connections,
    int Threads,
    int Seconds,
    int MixSize,
    WrkResult Wrk,
    double StartupToFirstSearchMs,
    double StartupToReadyMs,
    double ServerRssBeforeMB,
    double ServerMaxRssMB,
    double ServerMeanRssMB,
    double ServerPeakMB,
    double ServerCpuSeconds,
    double ServerCpuMsPerRequest);
