namespace PolicySearch.Benchmarks.Perf;

/// <param name="Elapsed">The importer's own time, from reading the first line to the final commit.</param>
/// <param name="PeakRssMB">The import process's peak resident memory (VmHWM).</param>
/// <param name="ProcessSeconds">The import process from start to exit: start-up, the import, the final commit.</param>
internal sealed record ImportResult(
    int Threads,
    long Documents,
    long TextBytes,
    TimeSpan Elapsed,
    double DocumentsPerSecond,
    double MegabytesPerSecond,
    double IndexSizeMB,
    double PeakRssMB,
    double ProcessSeconds);
