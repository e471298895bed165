using System.Globalization;
using System.Net;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// `policysearch serve --index DIR --urls http://127.0.0.1:PORT` in a child process, with the per-client rate limit off
/// (every wrk connection shares one address) and the output cache on or off. Start-up is timed from process start
/// to the first 200 answer of /api/search, polled every 10 ms.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private const string FirstQuery = "/api/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE"; // 行政复议, as the in-process start-up
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly ChildProcess _child;
    private readonly HttpClient _http;

    private ServeProcess(ChildProcess child, Uri address, string logFile)
    {
        _child = child;
        Address = address;
        LogFile = logFile;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    public string LogFile { get; }

    public int ProcessId => _child.Id;

    /// <summary>Process start to the first 200 from /api/search.</summary>
    public double StartupToFirstSearchMs { get; private set; }

    /// <summary>Process start to /health/ready answering 200 (warm-up done).</summary>
    public double StartupToReadyMs { get; private set; }

    public static async Task<ServeProcess> StartAsync(string indexPath, bool outputCache, PerfWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var environment = work.ChildEnvironment();
        environment["POLICYSEARCH_RateLimit__Enabled"] = "false";
        environment["POLICYSEARCH_SearchCache__Enabled"] = outputCache ? "true" : "false";
        var logFile = work.Combine($"serve-{port.ToString(CultureInfo.InvariantCulture)}.log");
        var child = ChildProcess.StartPolicySearch(["serve", "--index", indexPath, "--urls", address.ToString().TrimEnd('/')], environment, logFile);
        var serve = new ServeProcess(child, address, logFile);
        try
        {
            serve.StartupToFirstSearchMs = await serve.WaitForAsync(FirstQuery, cancellationToken);
            serve.StartupToReadyMs = await serve.WaitForAsync("/health/ready", cancellationToken);
            return serve;
        }
        catch
        {
            serve.Dispose();
            throw;
        }
    }

    public ProcessMemory? Memory() => ProcessMemory.Read(_child.Id);

    /// <summary>Requests every path <paramref name="passes"/> times, one at a time (JIT, first reads), before the measured load.</summary>
    public async Task WarmUpAsync(IReadOnlyList<string> paths, int passes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var path in paths)
            {
                using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new PerfFailure($"`policysearch serve` answered {(int)response.StatusCode} to {path}; see {LogFile}.");
                }
            }
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _child.Dispose();
    }

    /// <returns>Milliseconds from process start to the first 200.</returns>
    private async Task<double> WaitForAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_child.HasExited)
            {
                throw new PerfFailure($"`policysearch serve` exited with {_child.ExitCode} before answering {path}; see {LogFile}.");
            }

            if (_child.Elapsed > StartTimeout)
            {
                throw new PerfFailure($"`policysearch serve` did not answer {path} within {StartTimeout.TotalMinutes} minutes; see {LogFile}.");
            }

            if (await AnswersOkAsync(path, cancellationToken))
            {
                return Math.Round(_child.Elapsed.TotalMilliseconds, 1);
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    private async Task<bool> AnswersOkAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }
}
