using System.Diagnostics;
using System.Globalization;

namespace PolicySearch.Crawler.Attachments.Ocr;

/// <summary>
/// Runs a helper program (tesseract, pdftoppm) on hostile input within limits: killed with its children after a timeout,
/// its address space capped through util-linux's prlimit where present (a decompression-bomb image then fails to allocate
/// instead of taking the machine), and one OpenMP thread, so parallel page workers do not each take every core.
/// </summary>
internal static class BoundedProcess
{
    private static readonly string? Prlimit = ExecutableSearch.Find("prlimit");

    public static ProcessOutcome Run(string executable, IReadOnlyList<string> arguments, TimeSpan timeout, long memoryBytes, string workingDirectory)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (Prlimit is not null && memoryBytes > 0)
        {
            start.FileName = Prlimit;
            start.ArgumentList.Add("--as=" + memoryBytes.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(executable);
        }
        else
        {
            start.FileName = executable;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessOutcome(-1, string.Empty, string.Empty, TimedOut: true);
        }

        process.WaitForExit();
        return new ProcessOutcome(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult(), TimedOut: false);
    }
}
