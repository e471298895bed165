using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Binary doc values, their bytes end to end in one buffer; a document without one reads as missing.</summary>
internal sealed class BinaryValuesBuffer : DocValuesBuffer
{
    private byte[] _bytes = new byte[1 << 16];
    private int _used;
    private readonly List<int> _documents = [];
    private readonly List<int> _ends = [];

    public override long UsedBytes => _used + (_documents.Count * 8L);

    public override void Reset()
    {
        _used = 0;
        _documents.Clear();
        _ends.Clear();
    }

    public override void Add(int document, IIndexableField field)
    {
        if (_documents.Count > 0 && _documents[^1] == document)
        {
            throw Repeated(field);
        }

        var value = field.GetBinaryValue();
        if (_used + value.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + value.Length));
        }

        value.Bytes.AsSpan(value.Offset, value.Length).CopyTo(_bytes.AsSpan(_used));
        _used += value.Length;
        _documents.Add(document);
        _ends.Add(_used);
    }

    public override void Drop(int document)
    {
        if (_documents.Count > 0 && _documents[^1] == document)
        {
            _documents.RemoveAt(_documents.Count - 1);
            _ends.RemoveAt(_ends.Count - 1);
            _used = _ends.Count == 0 ? 0 : _ends[^1];
        }
    }

    public override void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount) =>
        consumer.AddBinaryField(field, Values(documentCount));

    private IEnumerable<BytesRef> Values(int documentCount)
    {
        var value = new BytesRef(_bytes, 0, 0);
        var next = 0;
        for (var document = 0; document < documentCount; document++)
        {
            if (next < _documents.Count && _documents[next] == document)
            {
                value.Offset = next == 0 ? 0 : _ends[next - 1];
                value.Length = _ends[next] - value.Offset;
                next++;
                yield return value;
            }
            else
            {
                yield return null!; // Lucene's doc values consumers read null as "missing"
            }
        }
    }
}
