using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Sorted doc values: each distinct value once, in byte order, and an ordinal per document (-1 when missing).</summary>
internal sealed class SortedValuesBuffer : TermValuesBuffer
{
    public override void Add(int document, IIndexableField field)
    {
        if (Documents.Count > 0 && Documents[^1] == document)
        {
            throw Repeated(field);
        }

        base.Add(document, field);
    }

    public override void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount)
    {
        var (sorted, ordinals) = SortedOrdinals.Of(Values, used: ValueIds);
        consumer.AddSortedField(field, SortedOrdinals.Values(Values, sorted), Ordinals(ordinals, documentCount));
    }

    private IEnumerable<long?> Ordinals(int[] ordinals, int documentCount)
    {
        var next = 0;
        for (var document = 0; document < documentCount; document++)
        {
            if (next < Documents.Count && Documents[next] == document)
            {
                yield return ordinals[ValueIds[next++]];
            }
            else
            {
                yield return -1;
            }
        }
    }
}
