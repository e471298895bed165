using System.Globalization;
using System.Text.Json;
using PolicySearch.Cli.Infrastructure;
using PolicySearch.Cli.Output;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// One import as a user runs it: `policysearch import FILES --index DIR --threads N --json` in a child process
/// into a fresh index; its peak resident memory is the larger of what it reports (VmHWM read after the final
/// commit) and what the parent sampled from /proc/PID/status.
/// </summary>
internal static class ImportRun
{
    public static async Task<ImportResult> RunAsync(IReadOnlyList<string> files, string indexPath, int threads, PerfWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        string[] arguments = ["import", .. files, "--index", indexPath, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--json"];
        using var child = ChildProcess.StartPolicySearch(arguments, work.ChildEnvironment());
        int exitCode;
        double processSeconds;
        double sampledPeakMB;
        await using (var sampler = MemorySampler.Start(child.Id, TimeSpan.FromMilliseconds(50)))
        {
            exitCode = await child.WaitForExitAsync(cancellationToken);
            processSeconds = child.Elapsed.TotalSeconds;
            sampledPeakMB = sampler.PeakMB;
        }

        if (exitCode != ExitCodes.Success)
        {
            throw new PerfFailure($"`policysearch import` exited with {exitCode}: {child.ErrorTail()}");
        }

        var report = JsonSerializer.Deserialize<ImportJsonReport>(child.Output, PolicyJson.Options);

        if (report is null)
        {
            throw new PerfFailure("`policysearch import --json` printed no summary.");
        }

        return new ImportResult(
            threads,
            report.Documents,
            report.TextBytes,
            TimeSpan.FromSeconds(report.ElapsedSeconds),
            report.DocumentsPerSecond,
            report.MegabytesPerSecond,
            PerfWork.DirectorySizeMB(indexPath),
            Math.Max(report.PeakWorkingSetMB, sampledPeakMB),
            Math.Round(processSeconds, 2));
    }
}
