using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Doc values that are terms (sorted, sorted set): each distinct value numbered once, and per value added its document.</summary>
internal abstract class TermValuesBuffer : DocValuesBuffer
{
    protected TermTable Values { get; } = new();

    /// <summary>The document of each value added, in the order added (documents ascending).</summary>
    protected List<int> Documents { get; } = [];

    /// <summary>The value id of each value added, beside <see cref="Documents"/>.</summary>
    protected List<int> ValueIds { get; } = [];

    public override long UsedBytes => Values.UsedBytes + (Documents.Count * 8L);

    public override void Reset()
    {
        Values.Clear();
        Documents.Clear();
        ValueIds.Clear();
    }

    public override void Add(int document, IIndexableField field)
    {
        var value = field.GetBinaryValue();
        ValueIds.Add(Values.AddBytes(value.Bytes.AsSpan(value.Offset, value.Length)));
        Documents.Add(document);
    }

    public override void Drop(int document)
    {
        while (Documents.Count > 0 && Documents[^1] == document)
        {
            Documents.RemoveAt(Documents.Count - 1);
            ValueIds.RemoveAt(ValueIds.Count - 1);
        }
    }
}
