namespace PolicySearch.Benchmarks.Perf;

/// <summary>
/// Reads a child process's memory every interval until stopped: the highest VmRSS seen and the last VmHWM read.
/// VmHWM only grows, so the last reading misses at most what the process added in its final interval.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private double _maxRssMB;
    private double _peakMB;
    private double _rssSumMB;
    private int _samples;

    private MemorySampler(int processId, TimeSpan interval)
    {
        _loop = Task.Run(() => SampleAsync(processId, interval, _stop.Token));
    }

    public double MaxRssMB => Volatile.Read(ref _maxRssMB);

    public double PeakMB => Volatile.Read(ref _peakMB);

    public double MeanRssMB => _samples == 0 ? 0 : Math.Round(_rssSumMB / _samples, 1);

    public static MemorySampler Start(int processId, TimeSpan interval) => new(processId, interval);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task SampleAsync(int processId, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            if (ProcessMemory.Read(processId) is { } memory)
            {
                Volatile.Write(ref _maxRssMB, Math.Max(_maxRssMB, memory.RssMB));
                Volatile.Write(ref _peakMB, Math.Max(_peakMB, memory.PeakMB));
                _rssSumMB += memory.RssMB;
                _samples++;
            }
        }
        while (await NextAsync(timer, cancellationToken));
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
