using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Counts the values of keyword fields over the documents a search collects, from sorted-set doc
/// values, per segment by ordinal, resolving ordinals to strings once per segment.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, Dictionary<string, int>> _totals;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _counts;

    public FacetCounter(IReadOnlyCollection<string> fields)
    {
        _fields = [.. fields];
        _totals = _fields.ToDictionary(field => field, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        _values = new SortedSetDocValues?[_fields.Length];
        _counts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[f]);
            _values[f] = values;
            _counts[f] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            if (_values[f] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _counts[f]![ordinal]++;
            }
        }
    }

    /// <summary>The top values of each field, most frequent first (ties by value). Call after the search.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Top(int size)
    {
        FlushSegment();
        return _totals.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetValue>)pair.Value
                .OrderByDescending(value => value.Value)
                .ThenBy(value => value.Key, StringComparer.Ordinal)
                .Take(size)
                .Select(value => new FacetValue(value.Key, value.Value))
                .ToList(),
            StringComparer.Ordinal);
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var f = 0; f < _fields.Length; f++)
        {
            if (_counts[f] is not { } counts || _values[f] is not { } values)
            {
                continue;
            }

            var totals = _totals[_fields[f]];
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    values.LookupOrd(ordinal, term);
                    var value = term.Utf8ToString();
                    totals[value] = totals.GetValueOrDefault(value) + counts[ordinal];
                }
            }

            _counts[f] = null;
        }
    }
}
