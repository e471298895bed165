using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>
/// Everything two single-segment readers hold, compared document by document: field infos, every term
/// with its statistics, documents, frequencies and positions, norms, doc values and stored fields.
/// Lists the differences (at most <see cref="Limit"/>); empty when the segments are the same index.
/// </summary>
internal static class SegmentComparison
{
    private const int Limit = 20;

    public static List<string> Differences(AtomicReader expected, AtomicReader actual)
    {
        var differences = new List<string>();
        void Note(string difference)
        {
            if (differences.Count < Limit)
            {
                differences.Add(difference);
            }
        }

        if (expected.MaxDoc != actual.MaxDoc)
        {
            Note($"maxDoc {expected.MaxDoc} != {actual.MaxDoc}");
            return differences;
        }

        CompareFieldInfos(expected.FieldInfos, actual.FieldInfos, Note);
        foreach (var info in expected.FieldInfos)
        {
            if (actual.FieldInfos.FieldInfo(info.Name) is null)
            {
                continue;
            }

            ComparePostings(info.Name, expected.GetTerms(info.Name), actual.GetTerms(info.Name), Note);
            CompareNorms(info.Name, expected.GetNormValues(info.Name), actual.GetNormValues(info.Name), expected.MaxDoc, Note);
            CompareDocValues(info, expected, actual, Note);
        }

        for (var doc = 0; doc < expected.MaxDoc; doc++)
        {
            var left = Describe(expected.Document(doc));
            var right = Describe(actual.Document(doc));
            if (left != right)
            {
                Note($"stored fields of doc {doc}: {left} != {right}");
            }
        }

        return differences;
    }

    private static void CompareFieldInfos(FieldInfos expected, FieldInfos actual, Action<string> note)
    {
        static string Describe(FieldInfo info) =>
            $"{info.Name} indexed={info.IsIndexed} options={info.IndexOptions} norms={info.NormType} omitNorms={info.OmitsNorms} " +
            $"docValues={info.DocValuesType} payloads={info.HasPayloads} vectors={info.HasVectors}";

        var left = expected.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var right = actual.Select(Describe).Order(StringComparer.Ordinal).ToList();
        foreach (var missing in left.Except(right))
        {
            note($"field info expected: {missing}");
        }

        foreach (var extra in right.Except(left))
        {
            note($"field info not expected: {extra}");
        }
    }

    private static void ComparePostings(string field, Terms? expected, Terms? actual, Action<string> note)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                note($"{field}: terms present on one side only");
            }

            return;
        }

        if (expected.Count != actual.Count || expected.SumTotalTermFreq != actual.SumTotalTermFreq
            || expected.SumDocFreq != actual.SumDocFreq || expected.DocCount != actual.DocCount)
        {
            note($"{field}: statistics {expected.Count}/{expected.SumTotalTermFreq}/{expected.SumDocFreq}/{expected.DocCount} != "
                + $"{actual.Count}/{actual.SumTotalTermFreq}/{actual.SumDocFreq}/{actual.DocCount}");
        }

        var left = expected.GetEnumerator();
        var right = actual.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                if (hasLeft || hasRight)
                {
                    note($"{field}: one side has more terms, from {(hasLeft ? left.Term : right.Term).Utf8ToString()}");
                }

                return;
            }

            if (!left.Term.BytesEquals(right.Term))
            {
                note($"{field}: term {left.Term.Utf8ToString()} != {right.Term.Utf8ToString()}");
                return;
            }

            var term = left.Term.Utf8ToString();
            if (left.DocFreq != right.DocFreq || left.TotalTermFreq != right.TotalTermFreq)
            {
                note($"{field}:{term}: docFreq/totalTermFreq {left.DocFreq}/{left.TotalTermFreq} != {right.DocFreq}/{right.TotalTermFreq}");
            }

            var postingsLeft = Postings(left);
            var postingsRight = Postings(right);
            if (postingsLeft != postingsRight)
            {
                note($"{field}:{term}: postings {postingsLeft} != {postingsRight}");
            }
        }
    }

    private static string Postings(TermsEnum terms)
    {
        var text = new StringBuilder();
        var positions = terms.DocsAndPositions(null, null, DocsAndPositionsFlags.NONE);
        if (positions is not null)
        {
            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                text.Append(positions.DocID).Append('x').Append(positions.Freq).Append('@');
                for (var i = 0; i < positions.Freq; i++)
                {
                    text.Append(positions.NextPosition()).Append(',');
                }

                text.Append(' ');
            }

            return text.ToString();
        }

        var docs = terms.Docs(null, null, DocsFlags.FREQS);
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            text.Append(docs.DocID).Append('x').Append(docs.Freq).Append(' ');
        }

        return text.ToString();
    }

    private static void CompareNorms(string field, NumericDocValues? expected, NumericDocValues? actual, int maxDoc, Action<string> note)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                note($"{field}: norms present on one side only");
            }

            return;
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            if (expected.Get(doc) != actual.Get(doc))
            {
                note($"{field}: norm of doc {doc} {expected.Get(doc)} != {actual.Get(doc)}");
                return;
            }
        }
    }

    private static void CompareDocValues(FieldInfo info, AtomicReader expected, AtomicReader actual, Action<string> note)
    {
        if (info.DocValuesType == DocValuesType.NONE)
        {
            return;
        }

        var withLeft = expected.GetDocsWithField(info.Name);
        var withRight = actual.GetDocsWithField(info.Name);
        for (var doc = 0; doc < expected.MaxDoc; doc++)
        {
            var left = (withLeft?.Get(doc) ?? false) + ":" + DocValue(info, expected, doc);
            var right = (withRight?.Get(doc) ?? false) + ":" + DocValue(info, actual, doc);
            if (left != right)
            {
                note($"{info.Name}: doc values of doc {doc} {Shorten(left)} != {Shorten(right)}");
                return;
            }
        }
    }

    private static string DocValue(FieldInfo info, AtomicReader reader, int doc)
    {
        var bytes = new BytesRef();
        switch (info.DocValuesType)
        {
            case DocValuesType.NUMERIC:
                return reader.GetNumericDocValues(info.Name)?.Get(doc).ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
            case DocValuesType.BINARY:
                reader.GetBinaryDocValues(info.Name)?.Get(doc, bytes);
                return Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length);
            case DocValuesType.SORTED:
                var sorted = reader.GetSortedDocValues(info.Name);
                var ord = sorted?.GetOrd(doc) ?? -1;
                if (ord >= 0)
                {
                    sorted!.LookupOrd(ord, bytes);
                }

                return ord + "=" + bytes.Utf8ToString();
            case DocValuesType.SORTED_SET:
                var set = reader.GetSortedSetDocValues(info.Name);
                if (set is null)
                {
                    return "none";
                }

                set.SetDocument(doc);
                var values = new List<string>();
                for (var o = set.NextOrd(); o != SortedSetDocValues.NO_MORE_ORDS; o = set.NextOrd())
                {
                    set.LookupOrd(o, bytes);
                    values.Add(o + "=" + bytes.Utf8ToString());
                }

                return string.Join('|', values);
            default:
                return info.DocValuesType.ToString();
        }
    }

    private static string Describe(Lucene.Net.Documents.Document document) =>
        string.Join(" | ", document.Fields.Select(field => field.Name + "=" + (field.GetStringValue(System.Globalization.CultureInfo.InvariantCulture) ?? Convert.ToHexString(field.GetBinaryValue()?.Bytes ?? []))));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
