using System.Globalization;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>One measure of `perf-compare`: our figure beside the Java reference's, either missing when that side did not measure it.</summary>
/// <param name="Threads">Threads the measure ran on; null for one that has none (index size).</param>
/// <param name="HigherIsBetter">True for rates (chars/s, MB/s, QPS), false for latencies and sizes.</param>
/// <param name="Decimals">How the two figures are printed.</param>
internal sealed record ComparisonRow(string Section, string Measure, int? Threads, double? Ours, double? Java, bool HigherIsBetter, int Decimals)
{
    /// <summary>The side that did better and by what factor ("ours 1.52×", "Java 2.10×", "even"), or null when a side is missing.</summary>
    public string? Better
    {
        get
        {
            if (Ours is not { } ours || Java is not { } java || ours <= 0 || java <= 0)
            {
                return null;
            }

            var oursAhead = HigherIsBetter ? ours >= java : ours <= java;
            var factor = Math.Max(ours, java) / Math.Min(ours, java);
            if (factor < 1.005)
            {
                return "even";
            }

            return string.Create(CultureInfo.InvariantCulture, $"{(oursAhead ? "ours" : "Java")} {factor:F2}×");
        }
    }
}
