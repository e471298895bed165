using System.Globalization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// Load on `policysearch serve` from wrk: a fixed number of connections and threads for a fixed time, each thread
/// rotating through the in-process benchmark's query mix against /api/search; the server's memory sampled meanwhile.
/// </summary>
internal static class HttpBenchmark
{
    public static async Task<HttpResult> RunAsync(string wrk, string indexPath, HttpLoad load, bool outputCache, PerfWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(work);
        var paths = HttpQueryMix.Paths();
        var script = work.Combine("search-mix.lua");
        await File.WriteAllTextAsync(script, WrkScript.For(paths), cancellationToken);
        using var serve = await ServeProcess.StartAsync(indexPath, outputCache, work, cancellationToken);
        await serve.WarmUpAsync(paths, InProcessSearch.WarmPasses, cancellationToken);
        var before = serve.Memory();
        string[] arguments =
        [
            "-t", load.Threads.ToString(CultureInfo.InvariantCulture),
            "-c", load.Connections.ToString(CultureInfo.InvariantCulture),
            "-d", load.Seconds.ToString(CultureInfo.InvariantCulture) + "s",
            "--timeout", "30s",
            "--latency",
            "-s", script,
            serve.Address.ToString().TrimEnd('/'),
        ];
        WrkResult? result;
        string? error;
        double maxRss, meanRss;
        var cpuBefore = ProcessCpu.Read(serve.ProcessId);
        await using (var sampler = MemorySampler.Start(serve.ProcessId, TimeSpan.FromMilliseconds(250)))
        {
            using var child = ChildProcess.Start(wrk, arguments, new Dictionary<string, string>());
            var exitCode = await child.WaitForExitAsync(cancellationToken);
            (result, error) = WrkOutputParser.Parse(child.Output);
            if (exitCode != 0 || result is null)
            {
                throw new PerfFailure($"wrk exited with {exitCode}: {error} {child.ErrorTail()}");
            }

            maxRss = sampler.MaxRssMB;
            meanRss = sampler.MeanRssMB;
        }

        var after = serve.Memory();
        var cpuSeconds = ProcessCpu.Read(serve.ProcessId) - cpuBefore is { } cpu ? cpu.TotalSeconds : 0;
        return new HttpResult(
            outputCache,
            load.Connections,
            load.Threads,
            load.Seconds,
            paths.Count,
            result,
            serve.StartupToFirstSearchMs,
            serve.StartupToReadyMs,
            before?.RssMB ?? 0,
            maxRss,
            meanRss,
            after?.PeakMB ?? 0,
            Math.Round(cpuSeconds, 2),
            Math.Round(cpuSeconds * 1000 / Math.Max(result.Requests, 1), 2));
    }
}
