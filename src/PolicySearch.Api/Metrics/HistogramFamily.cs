using System.Collections.Concurrent;
using System.Text;

namespace PolicySearch.Api.Metrics;

/// <summary>A histogram with fixed upper bounds (seconds) per label-value combination: cumulative buckets, sum and count.</summary>
internal sealed class HistogramFamily : IMetricFamily
{
    public static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<string, Cell> _cells = new(StringComparer.Ordinal);
    private readonly string[] _labelNames;
    private readonly string _help;
    private readonly double[] _bounds;

    public HistogramFamily(string name, string help, double[] bounds, params string[] labelNames)
    {
        Name = name;
        _help = help;
        _bounds = bounds;
        _labelNames = labelNames;
    }

    public string Name { get; }

    public void Observe(double value, params string[] labelValues)
    {
        var cell = _cells.GetOrAdd(string.Join('\u0001', labelValues), _ => new Cell(labelValues, _bounds.Length));
        var bucket = Array.FindIndex(_bounds, bound => value <= bound);
        Interlocked.Increment(ref cell.Buckets[bucket < 0 ? _bounds.Length : bucket]);
        cell.AddToSum(value);
    }

    public long Count(params string[] labelValues) =>
        _cells.TryGetValue(string.Join('\u0001', labelValues), out var cell) ? cell.Buckets.Sum(count => Interlocked.Read(ref count)) : 0;

    public void WriteTo(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        MetricText.Header(text, Name, "histogram", _help);
        foreach (var cell in _cells.Values.OrderBy(cell => string.Join('\u0001', cell.LabelValues), StringComparer.Ordinal))
        {
            long cumulative = 0;
            for (var i = 0; i <= _bounds.Length; i++)
            {
                cumulative += Interlocked.Read(ref cell.Buckets[i]);
                var bound = i < _bounds.Length ? MetricText.Number(_bounds[i]) : "+Inf";
                MetricText.Sample(text, Name + "_bucket", MetricText.Labels(_labelNames, cell.LabelValues, "le", bound), cumulative);
            }

            var labels = MetricText.Labels(_labelNames, cell.LabelValues);
            MetricText.Sample(text, Name + "_sum", labels, cell.Sum);
            MetricText.Sample(text, Name + "_count", labels, cumulative);
        }
    }

    private sealed class Cell(string[] labelValues, int boundCount)
    {
        private long _sumBits;

        public string[] LabelValues { get; } = labelValues;

        /// <summary>Per-bucket (not cumulative) counts; the last one is +Inf.</summary>
        public long[] Buckets { get; } = new long[boundCount + 1];

        public double Sum => BitConverter.Int64BitsToDouble(Interlocked.Read(ref _sumBits));

        public void AddToSum(double value)
        {
            long seen;
            long updated;
            do
            {
                seen = Interlocked.Read(ref _sumBits);
                updated = BitConverter.DoubleToInt64Bits(BitConverter.Int64BitsToDouble(seen) + value);
            }
            while (Interlocked.CompareExchange(ref _sumBits, updated, seen) != seen);
        }
    }
}
