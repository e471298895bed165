using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Sorted doc values: each distinct value once, in byte order, and an ordinal per document (-1 when missing).</summary>
internal sealed class SortedValuesBuffer : DocValuesBuffer
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
        if (_documents.Count > 0 && _documents[^1] == document)
        {
            throw Repeated(field);
        }

        var value = field.GetBinaryValue();
        _valueIds.Add(_values.AddBytes(value.Bytes.AsSpan(value.Offset, value.Length)));
        _documents.Add(document);
    }

    public override void Drop(int document)
    {
        if (_documents.Count > 0 && _documents[^1] == document)
        {
            _documents.RemoveAt(_documents.Count - 1);
            _valueIds.RemoveAt(_valueIds.Count - 1);
        }
    }

    public override void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount)
    {
        var (sorted, ordinals) = SortedOrdinals.Of(_values, used: _valueIds);
        consumer.AddSortedField(field, SortedOrdinals.Values(_values, sorted), Ordinals(ordinals, documentCount));
    }

    private IEnumerable<long?> Ordinals(int[] ordinals, int documentCount)
    {
        var next = 0;
        for (var document = 0; document < documentCount; document++)
        {
            if (next < _documents.Count && _documents[next] == document)
            {
                yield return ordinals[_valueIds[next++]];
            }
            else
            {
                yield return -1;
            }
        }
    }
}
