namespace PolicySearch.Benchmarks.Perf;

/// <summary>CPU time of this process per query while the in-process search benchmark ran (warm-up pass included in both counts).</summary>
internal sealed record SearchCpu(int Threads, bool WithSnippets, int Queries, double CpuMsPerQuery);
