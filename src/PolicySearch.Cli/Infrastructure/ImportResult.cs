namespace PolicySearch.Cli.Infrastructure;

internal sealed record ImportResult(int Threads, long Documents, long TextBytes, TimeSpan Elapsed, double DocumentsPerSecond, double MegabytesPerSecond, double IndexSizeMB);
