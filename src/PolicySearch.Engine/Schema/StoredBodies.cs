using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// The body as UTF-16 (little-endian) binary doc values. A snippet then costs one positioned read and a
/// copy; a stored field is LZ4-decompressed a byte at a time and decoded from UTF-8, which was a fifth
/// of the server's CPU per search with snippets (docs/benchmarks.md). Chinese text takes two bytes a
/// character this way against three in UTF-8, so the index hardly grows for giving up compression.
/// </summary>
internal static class StoredBodies
{
    public static BinaryDocValuesField Field(string body)
    {
        var bytes = MemoryMarshal.AsBytes(body.AsSpan()).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            SwapByteOrder(bytes);
        }

        return new BinaryDocValuesField(IndexFields.BodyText, new BytesRef(bytes));
    }

    public static string Read(IndexReader reader, int docId)
    {
        var bytes = BinaryValues.Read(reader, docId, IndexFields.BodyText);
        if (bytes.Length % 2 != 0)
        {
            throw new InvalidDataException("An indexed body is not whole UTF-16; rebuild the index.");
        }

        if (!BitConverter.IsLittleEndian)
        {
            SwapByteOrder(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        }

        return new string(MemoryMarshal.Cast<byte, char>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)));
    }

    private static void SwapByteOrder(Span<byte> bytes) =>
        BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ushort>(bytes), MemoryMarshal.Cast<byte, ushort>(bytes));
}
