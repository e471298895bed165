using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>Sorted-set doc values: each distinct value once, in byte order, and per document its ordinals ascending without repeats.</summary>
internal sealed class SortedSetValuesBuffer : TermValuesBuffer
{
    public override void Write(DocValuesConsumer consumer, FieldInfo field, int documentCount)
    {
        var (sorted, ordinals) = SortedOrdinals.Of(Values, used: ValueIds);
        var perDocument = new List<long>[documentCount];
        for (var i = 0; i < Documents.Count; i++)
        {
            (perDocument[Documents[i]] ??= []).Add(ordinals[ValueIds[i]]);
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
            SortedOrdinals.Values(Values, sorted),
            perDocument.Select(list => (long?)(list?.Count ?? 0)),
            perDocument.Where(list => list is not null).SelectMany(list => list).Select(ordinal => (long?)ordinal));
    }
}
