using Lucene.Net.Util;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Ordinals for sorted doc values: the values documents still use, numbered in byte order.</summary>
internal static class SortedOrdinals
{
    /// <summary>The used value ids in byte order, and for each value id its ordinal (-1 when no document uses it).</summary>
    public static (int[] Sorted, int[] Ordinals) Of(TermTable values, IReadOnlyCollection<int> used)
    {
        var inUse = new bool[values.Count];
        foreach (var id in used)
        {
            inUse[id] = true;
        }

        var sorted = values.SortedIds().Where(id => inUse[id]).ToArray();
        var ordinals = new int[values.Count];
        Array.Fill(ordinals, -1);
        for (var ordinal = 0; ordinal < sorted.Length; ordinal++)
        {
            ordinals[sorted[ordinal]] = ordinal;
        }

        return (sorted, ordinals);
    }

    public static IEnumerable<BytesRef> Values(TermTable values, int[] sorted)
    {
        var value = new BytesRef();
        foreach (var id in sorted)
        {
            value.Bytes = values.ByteBuffer;
            value.Offset = values.ByteStart(id);
            value.Length = values.ByteLength(id);
            yield return value;
        }
    }
}
