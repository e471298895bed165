using System.Diagnostics;
using PolicySearch.Engine.Indexing.Import;

namespace PolicySearch.Cli.Output;

/// <summary>What `import --json` prints: the summary, the index, and the process's peak working set (VmHWM on Linux).</summary>
internal sealed record ImportJsonReport(
    long Documents,
    long Rejected,
    long TextBytes,
    int Commits,
    double ElapsedSeconds,
    double DocumentsPerSecond,
    double MegabytesPerSecond,
    bool Cancelled,
    string IndexPath,
    double PeakWorkingSetMB)
{
    public static ImportJsonReport Of(ImportSummary summary, string indexPath)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var self = Process.GetCurrentProcess();
        return new ImportJsonReport(
            summary.Documents,
            summary.Rejected,
            summary.TextBytes,
            summary.Commits,
            Math.Round(summary.Elapsed.TotalSeconds, 3),
            Math.Round(summary.DocumentsPerSecond, 1),
            Math.Round(summary.MegabytesPerSecond, 3),
            summary.Cancelled,
            Path.GetFullPath(indexPath),
            Math.Round(self.PeakWorkingSet64 / 1_048_576.0, 1));
    }
}
