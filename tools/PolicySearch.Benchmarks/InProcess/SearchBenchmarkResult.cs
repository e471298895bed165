namespace PolicySearch.Benchmarks.InProcess;

public sealed record SearchBenchmarkResult(string Kind, int Threads, bool WithSnippets, LatencySummary Latency);
