using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Sorted-set doc values: each distinct value once, in byte order, and per document its ordinals ascending without repeats.</summary>
internal sealed class SortedSetValuesBuffer : DocValuesBuffer
{
    private readonly TermTable _values = new();
    private readonly List<int> _documents = [];
    private readonly List<int> _valueIds = [];

    public override long UsedBytes => _values.UsedBytes + (_documents.Count * 8L);

    public override void Reset()
    {
        _values.Clear();
        _documents.Clear();
        _valueIds.Clear();
    }

    public override void Add(int document, IIndexableField field)
    {
        var value = field.GetBinaryValue();
        _valueIds.Add(_values.AddBytes(value.Bytes.AsSpan(value.Offset, value.Length)));
        _documents.Add(document);
    }

    public override void Drop(int document)
    {
        while (_documents.Count > 0 && _documents[^1] == document)
        {
            _documents.RemoveAt(_documents.Count - 1);
            _valueIds.RemoveAt(_valueIds.Count - 1);
        }
    }

    public override void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount)
    {
        var (sorted, ordinals) = SortedOrdinals.Of(_values, used: _valueIds);
        var perDocument = new List<long>[documentCount];
        for (var i = 0; i < _documents.Count; i++)
        {
            (perDocument[_documents[i]] ??= []).Add(ordinals[_valueIds[i]]);
        }

        foreach (var list in perDocument)
        {
            if (list is { Count: > 1 })
            {
                list.Sort();
                var distinct = list.Distinct().ToList();
                list.Clear();
                list.AddRange(distinct);
            }
        }

        consumer.AddSortedSetField(
            field,
            SortedOrdinals.Values(_values, sorted),
            perDocument.Select(list => (long?)(list?.Count ?? 0)),
            perDocument.Where(list => list is not null).SelectMany(list => list).Select(ordinal => (long?)ordinal));
    }
}
