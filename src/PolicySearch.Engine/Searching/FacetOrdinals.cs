using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Index-wide ordinals of one facet field's values, built once per reader: a search counts per
/// segment ordinal, adds the counts into index-wide slots, and turns only the top values into strings.
/// </summary>
internal sealed class FacetOrdinals
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly string _field;
    private readonly MultiDocValues.OrdinalMap? _map;

    private FacetOrdinals(IndexReader reader, string field, SortedSetDocValues values, MultiDocValues.OrdinalMap? map)
    {
        _leaves = reader.Leaves;
        _field = field;
        _map = map;
        ValueCount = checked((int)values.ValueCount);
    }

    public int ValueCount { get; }

    /// <summary>Null when no document of the reader has the field.</summary>
    public static FacetOrdinals? Build(IndexReader reader, string field) =>
        MultiDocValues.GetSortedSetValues(reader, field) switch
        {
            null => null,
            MultiDocValues.MultiSortedSetDocValues multi => new FacetOrdinals(reader, field, multi, multi.Mapping),
            var single => new FacetOrdinals(reader, field, single, null),
        };

    public int ToGlobal(int segment, long segmentOrdinal) =>
        _map is null ? (int)segmentOrdinal : (int)_map.GetGlobalOrd(segment, segmentOrdinal);

    /// <summary>
    /// The value of an index-wide ordinal, read from the first segment that has it. Doc values instances are
    /// per thread in Lucene, so the segment's values are fetched on the calling thread rather than kept.
    /// </summary>
    public string Lookup(int ordinal)
    {
        var segment = _map is null ? 0 : _map.GetFirstSegmentNumber(ordinal);
        var segmentOrdinal = _map is null ? ordinal : _map.GetFirstSegmentOrd(ordinal);
        var values = _leaves[segment].AtomicReader.GetSortedSetDocValues(_field)
            ?? throw new InvalidOperationException($"Segment {segment} lost the doc values of '{_field}'.");
        var term = new BytesRef();
        values.LookupOrd(segmentOrdinal, term);
        return term.Utf8ToString();
    }
}
