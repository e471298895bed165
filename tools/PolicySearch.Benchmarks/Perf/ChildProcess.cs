using System.Diagnostics;
using System.Text;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// A program the benchmark starts: this same `policysearch` (as a user runs it) or wrk. Standard output and error
/// are kept in memory, or appended to a file for chatty programs (serve logs each request).
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly StreamWriter? _log;
    private readonly long _started;

    private ChildProcess(Process process, StreamWriter? log)
    {
        _process = process;
        _log = log;
        _started = Stopwatch.GetTimestamp();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Time since the process was started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public string Output => Read(_output);

    public string Error => Read(_error);

    /// <summary>
    /// Starts `policysearch` as users run it (its apphost beside this program, else `dotnet policysearch.dll`), with
    /// its own runtime settings, and extra environment variables.
    /// </summary>
    public static ChildProcess StartPolicySearch(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? logFile = null)
    {
        var program = typeof(PolicySearch.Cli.PolicySearchCli).Assembly.Location;
        var apphost = Path.ChangeExtension(program, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(apphost)
            ? Start(apphost, arguments, environment, logFile)
            : Start(DotnetHost(), new[] { program }.Concat(arguments), environment, logFile);
    }

    public static ChildProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? logFile = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = logFile is null ? null : new StreamWriter(logFile, append: true, Encoding.UTF8);
        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process, log);
        process.OutputDataReceived += (_, e) => child.Append(child._output, e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(child._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    /// <summary>The last lines of standard error, for a failure message.</summary>
    public string ErrorTail(int lines = 8) => string.Join(Environment.NewLine, Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        lock (_output)
        {
            _log?.Dispose();
        }
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        if (_log is not null)
        {
            lock (_output)
            {
                _log.WriteLine(line);
            }

            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }

    private static string Read(StringBuilder source)
    {
        lock (source)
        {
            return source.ToString();
        }
    }

    /// <summary>The dotnet host running this program, else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
}
