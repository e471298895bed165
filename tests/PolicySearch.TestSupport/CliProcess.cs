using System.Diagnostics;
using System.Text;

namespace PolicySearch.TestSupport;

/// <summary>Runs the real `policysearch` program (or another program of the test's output folder) as a child process, as a user would.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    public const string PolicySearch = "policysearch.dll";

    public static CliProcess Start(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments) =>
        StartProgram(PolicySearch, workingDirectory, environment, arguments);

    /// <param name="program">A .dll of the test's output folder, run with dotnet.</param>
    public static CliProcess StartProgram(string program, string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["POLICYSEARCH_Logging__Directory"] = Path.Combine(workingDirectory, "logs");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => Append(cli._output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(cli._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] arguments) =>
        RunProgramAsync(PolicySearch, workingDirectory, arguments);

    public static async Task<(int ExitCode, string Output, string Error)> RunProgramAsync(string program, string workingDirectory, params string[] arguments)
    {
        using var cli = StartProgram(program, workingDirectory, null, arguments);
        var exitCode = await cli.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (exitCode, cli.Output, cli.Error);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, what);

    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (_process.HasExited && !await condition())
            {
                throw new InvalidOperationException($"The process exited before {what}. stderr: {Error}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}. stdout: {Output} stderr: {Error}");
            }

            await Task.Delay(50);
        }
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }
}
