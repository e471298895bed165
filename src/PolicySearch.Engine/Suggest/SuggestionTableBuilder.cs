using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Suggest;

/// <summary>
/// Builds a <see cref="SuggestionTable"/> from doc values only (title, id, validity, published date,
/// issuer), segment by segment, skipping deleted documents. Titles that fold to the same text are
/// versions of one document: the version that ranks first by <see cref="TitleOrder"/> is kept.
/// </summary>
internal static class SuggestionTableBuilder
{
    public static SuggestionTable Build(IndexReader reader, long version)
    {
        var titles = new Dictionary<string, TitleEntry>(StringComparer.Ordinal);
        var issuers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            AddTitles(leaf.AtomicReader, titles);
            CountIssuers(leaf.AtomicReader, issuers);
        }

        var rankedTitles = titles.Values.ToArray();
        Array.Sort(rankedTitles, TitleOrder.Instance);
        var rankedIssuers = issuers
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new IssuerEntry(pair.Key, SearchFolding.Fold(pair.Key), pair.Value))
            .ToArray();
        return new SuggestionTable(version, rankedTitles, rankedIssuers);
    }

    private static void AddTitles(AtomicReader segment, Dictionary<string, TitleEntry> best)
    {
        if (segment.GetSortedDocValues(SuggestionFields.TitleValues) is not { } titleValues
            || segment.GetBinaryDocValues(SuggestionFields.IdValues) is not { } idValues)
        {
            return;
        }

        var validities = ValiditiesOf(segment);
        var published = segment.GetNumericDocValues(IndexFields.PublishedDate);
        var titles = new (string Title, string Folded, int StripOffset)?[titleValues.ValueCount];
        var live = segment.LiveDocs;
        var bytes = new BytesRef();
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            var ordinal = titleValues.GetOrd(doc);
            if (ordinal < 0 || (live is not null && !live.Get(doc)))
            {
                continue;
            }

            var title = titles[ordinal] ??= Resolve(titleValues, ordinal, bytes);
            idValues.Get(doc, bytes);
            var entry = new TitleEntry(
                title.Title,
                title.Folded,
                title.StripOffset,
                bytes.Utf8ToString(),
                validities(doc),
                published is null ? 0 : (int)published.Get(doc));
            if (!best.TryGetValue(entry.Folded, out var kept) || TitleOrder.Instance.Compare(entry, kept) < 0)
            {
                best[entry.Folded] = entry;
            }
        }
    }

    private static (string Title, string Folded, int StripOffset) Resolve(SortedDocValues values, int ordinal, BytesRef bytes)
    {
        values.LookupOrd(ordinal, bytes);
        var title = bytes.Utf8ToString();
        var folded = SearchFolding.Fold(title);
        return (title, folded, TitlePrefixes.StripOffset(folded));
    }

    /// <summary>The validity of a document of the segment, read from the validity facet's doc values.</summary>
    private static Func<int, Validity> ValiditiesOf(AtomicReader segment)
    {
        if (segment.GetSortedSetDocValues(IndexFields.Validity) is not { } values)
        {
            return _ => Validity.Unknown;
        }

        var byOrdinal = new Validity[values.ValueCount];
        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < byOrdinal.Length; ordinal++)
        {
            values.LookupOrd(ordinal, bytes);
            byOrdinal[ordinal] = Enum.TryParse<Validity>(bytes.Utf8ToString(), ignoreCase: true, out var validity) ? validity : Validity.Unknown;
        }

        return doc =>
        {
            values.SetDocument(doc);
            var ordinal = values.NextOrd();
            return ordinal == SortedSetDocValues.NO_MORE_ORDS ? Validity.Unknown : byOrdinal[ordinal];
        };
    }

    private static void CountIssuers(AtomicReader segment, Dictionary<string, int> totals)
    {
        if (segment.GetSortedSetDocValues(IndexFields.Issuer) is not { } values)
        {
            return;
        }

        var counts = new int[values.ValueCount];
        var live = segment.LiveDocs;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ordinal]++;
            }
        }

        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            if (counts[ordinal] > 0)
            {
                values.LookupOrd(ordinal, bytes);
                var issuer = bytes.Utf8ToString();
                totals[issuer] = totals.GetValueOrDefault(issuer) + counts[ordinal];
            }
        }
    }
}
