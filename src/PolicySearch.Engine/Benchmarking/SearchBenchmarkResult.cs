namespace PolicySearch.Engine.Benchmarking;

public sealed record SearchBenchmarkResult(string Kind, int Threads, bool WithSnippets, LatencySummary Latency);
