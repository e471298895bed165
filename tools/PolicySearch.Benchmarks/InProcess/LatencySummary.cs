namespace PolicySearch.Benchmarks.InProcess;

/// <summary>Percentiles of a set of latencies and the throughput they add up to.</summary>
public sealed record LatencySummary(int Count, double P50Ms, double P95Ms, double P99Ms, double PerSecond)
{
    public static LatencySummary Of(IReadOnlyCollection<double> latenciesMs, TimeSpan wallClock)
    {
        ArgumentNullException.ThrowIfNull(latenciesMs);
        var sorted = latenciesMs.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            Percentile(sorted, 50),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            sorted.Length / Math.Max(wallClock.TotalSeconds, 1e-9));
    }

    private static double Percentile(double[] sorted, double percentile)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return Math.Round(sorted[Math.Clamp(index, 0, sorted.Length - 1)], 3);
    }
}
