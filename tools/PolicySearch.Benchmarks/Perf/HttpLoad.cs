namespace PolicySearch.Benchmarks.Perf;

/// <summary>What wrk is told: connections kept open, threads, seconds.</summary>
internal sealed record HttpLoad(int Connections, int Threads, int Seconds);
