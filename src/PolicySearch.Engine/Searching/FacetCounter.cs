using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Counts the values of keyword fields over the documents a search collects, from sorted-set doc
/// values: per segment by ordinal, then into index-wide ordinals; only the top values become strings.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly FieldCounts[] _fields;
    private int _segment;

    public FacetCounter(PolicyIndexSearcher searcher, IReadOnlyCollection<FilterField> fields)
    {
        _fields = [.. fields.Select(field => new FieldCounts(field.Name, FilterIndexFields.Keyword(field), searcher.FacetOrdinals(FilterIndexFields.Keyword(field))))];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = context.Ord;
        foreach (var field in _fields)
        {
            field.StartSegment(context.AtomicReader);
        }
    }

    public void Collect(int doc)
    {
        foreach (var field in _fields)
        {
            field.Collect(doc);
        }
    }

    /// <summary>The top values of each field by its name in the API, most frequent first (ties by value). Call after the search.</summary>
    public Dictionary<string, IReadOnlyList<FacetValue>> Top(int size)
    {
        FlushSegment();
        return _fields.ToDictionary(field => field.Name, field => (IReadOnlyList<FacetValue>)field.Top(size), StringComparer.Ordinal);
    }

    private void FlushSegment()
    {
        foreach (var field in _fields)
        {
            field.FlushSegment(_segment);
        }
    }

    private sealed class FieldCounts(string name, string indexField, FacetOrdinals? ordinals)
    {
        private readonly int[] _totals = new int[ordinals?.ValueCount ?? 0];
        private SortedSetDocValues? _values;
        private int[]? _segmentCounts;

        public string Name { get; } = name;

        public void StartSegment(AtomicReader reader)
        {
            _values = ordinals is null ? null : reader.GetSortedSetDocValues(indexField);
            _segmentCounts = _values is null ? null : new int[_values.ValueCount];
        }

        public void Collect(int doc)
        {
            if (_values is not { } values)
            {
                return;
            }

            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts![ordinal]++;
            }
        }

        public void FlushSegment(int segment)
        {
            if (_segmentCounts is not { } counts)
            {
                return;
            }

            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] > 0)
                {
                    _totals[ordinals!.ToGlobal(segment, ordinal)] += counts[ordinal];
                }
            }

            _segmentCounts = null;
            _values = null;
        }

        /// <summary>Index-wide ordinals follow the values' byte order, so ties come out in value order.</summary>
        public FacetValue[] Top(int size)
        {
            var top = new PriorityQueue<int, (int Count, int Ordinal)>(Comparer<(int Count, int Ordinal)>.Create(
                (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ordinal.CompareTo(a.Ordinal)));
            for (var ordinal = 0; ordinal < _totals.Length; ordinal++)
            {
                if (_totals[ordinal] == 0)
                {
                    continue;
                }

                if (top.Count < size)
                {
                    top.Enqueue(ordinal, (_totals[ordinal], ordinal));
                }
                else
                {
                    top.EnqueueDequeue(ordinal, (_totals[ordinal], ordinal));
                }
            }

            var values = new FacetValue[top.Count];
            for (var i = values.Length - 1; i >= 0; i--)
            {
                var ordinal = top.Dequeue();
                values[i] = new FacetValue(ordinals!.Lookup(ordinal), _totals[ordinal]);
            }

            return values;
        }
    }
}
