using System.Collections.Concurrent;
using System.Text;

namespace PolicySearch.Api.Metrics;

/// <summary>A counter (or, with <see cref="IsGauge"/>, a gauge) per label-value combination, updated with Interlocked.</summary>
internal sealed class CounterFamily : IMetricFamily
{
    private readonly ConcurrentDictionary<string, Cell> _cells = new(StringComparer.Ordinal);
    private readonly string[] _labelNames;
    private readonly string _help;

    public CounterFamily(string name, string help, bool isGauge = false, params string[] labelNames)
    {
        Name = name;
        _help = help;
        IsGauge = isGauge;
        _labelNames = labelNames;
    }

    public string Name { get; }

    public bool IsGauge { get; }

    public void Add(long amount, params string[] labelValues)
    {
        if (amount < 0 && !IsGauge)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A counter only goes up.");
        }

        Interlocked.Add(ref CellOf(labelValues).Value, amount);
    }

    public void Increment(params string[] labelValues) => Add(1, labelValues);

    public long Value(params string[] labelValues) =>
        _cells.TryGetValue(MetricText.Labels(_labelNames, labelValues), out var cell) ? Interlocked.Read(ref cell.Value) : 0;

    public void WriteTo(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        MetricText.Header(text, Name, IsGauge ? "gauge" : "counter", _help);
        if (_labelNames.Length == 0 && _cells.IsEmpty)
        {
            MetricText.Sample(text, Name, string.Empty, 0);
        }

        foreach (var (labels, cell) in _cells.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            MetricText.Sample(text, Name, labels, Interlocked.Read(ref cell.Value));
        }
    }

    private Cell CellOf(string[] labelValues)
    {
        if (labelValues.Length != _labelNames.Length)
        {
            throw new ArgumentException($"{Name} takes {_labelNames.Length} label values.", nameof(labelValues));
        }

        return _cells.GetOrAdd(MetricText.Labels(_labelNames, labelValues), _ => new Cell());
    }

    private sealed class Cell
    {
        public long Value;
    }
}
