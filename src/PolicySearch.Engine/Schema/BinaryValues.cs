using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Schema;

/// <summary>Reads one document's value of a binary doc values field through the segment that holds it.</summary>
internal static class BinaryValues
{
    public static BytesRef Read(IndexReader reader, int docId, string field)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(field)
            ?? throw new InvalidDataException($"An indexed segment has no '{field}' values; rebuild the index.");
        var bytes = new BytesRef();
        values.Get(docId - leaf.DocBase, bytes);
        return bytes;
    }
}
