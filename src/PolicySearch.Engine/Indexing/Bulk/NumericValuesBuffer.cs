using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Numeric doc values; a document without one reads as missing.</summary>
internal sealed class NumericValuesBuffer : DocValuesBuffer
{
    private long[] _values = new long[64];
    private readonly List<int> _documents = [];

    public override long UsedBytes => _documents.Count * 12L;

    public override void Reset() => _documents.Clear();

    public override void Add(int document, IIndexableField field)
    {
        if (_documents.Count > 0 && _documents[^1] == document)
        {
            throw Repeated(field);
        }

        if (_documents.Count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_documents.Count] = field.GetInt64Value()
            ?? throw new ArgumentException($"Numeric doc values field \"{field.Name}\" has no long value.");
        _documents.Add(document);
    }

    public override void Drop(int document)
    {
        if (_documents.Count > 0 && _documents[^1] == document)
        {
            _documents.RemoveAt(_documents.Count - 1);
        }
    }

    public override void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount) =>
        consumer.AddNumericField(field, Values(documentCount));

    private IEnumerable<long?> Values(int documentCount)
    {
        var next = 0;
        for (var document = 0; document < documentCount; document++)
        {
            if (next < _documents.Count && _documents[next] == document)
            {
                yield return _values[next++];
            }
            else
            {
                yield return null;
            }
        }
    }
}
