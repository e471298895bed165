using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Runs a document's instances of one field through the analyzer into the field's postings, counting
/// positions, length, overlaps and offsets exactly as Lucene's DocInverterPerField does, and sets the
/// norm the similarity gives them.
/// </summary>
internal sealed class FieldInverter(Analyzer analyzer, Similarity similarity)
{
    /// <summary>Lucene's longest term: ByteBlockPool.BYTE_BLOCK_SIZE - 2 bytes of UTF-8.</summary>
    private const int MaxTermBytes = 32766;

    /// <summary>Positions, lengths and the norm exactly as Lucene's DocInverterPerField counts them.</summary>
    public void Invert(BulkField field, int docId)
    {
        var postings = field.Postings!;
        int position = 0, length = 0, overlaps = 0, offset = 0;
        var boost = 1f;
        for (var i = 0; i < field.Pending.Count; i++)
        {
            var instance = field.Pending[i];
            if (!instance.IndexableFieldType.IsIndexed)
            {
                continue;
            }

            var analyzed = instance.IndexableFieldType.IsTokenized;
            if (i > 0)
            {
                position += analyzed ? analyzer.GetPositionIncrementGap(field.Name) : 0;
            }

            using var stream = instance.GetTokenStream(analyzer);
            var chars = stream.HasAttribute<ICharTermAttribute>() ? stream.GetAttribute<ICharTermAttribute>() : null;
            var bytes = stream.GetAttribute<ITermToBytesRefAttribute>();
            var increments = stream.AddAttribute<IPositionIncrementAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            var payloads = stream.HasAttribute<IPayloadAttribute>() ? stream.GetAttribute<IPayloadAttribute>() : null;
            stream.Reset();
            while (stream.IncrementToken())
            {
                var increment = increments.PositionIncrement;
                if (increment < 0 || (position == 0 && increment == 0 && length == 0))
                {
                    throw new ArgumentException($"position increment {increment} is not allowed here for field '{field.Name}'");
                }

                position += increment;
                if (position > 0)
                {
                    position--;
                }

                if (increment == 0)
                {
                    overlaps++;
                }

                if (payloads?.Payload is { Length: > 0 })
                {
                    throw new NotSupportedException($"Field \"{field.Name}\": payloads are not supported by the bulk segment builder.");
                }

                var shortKey = chars is null ? 0 : TermTable.ShortKey(chars.Buffer.AsSpan(0, chars.Length));
                if (shortKey != 0)
                {
                    postings.AddShort(shortKey, position);
                }
                else
                {
                    postings.Add(TermId(postings.Terms, chars, bytes, field.Name), position);
                }

                length++;
                position++;
            }

            stream.End();
            position += increments.PositionIncrement;
            offset += offsets.EndOffset;
            offset += analyzed ? analyzer.GetOffsetGap(field.Name) : 0;
            boost *= instance.Boost;
        }

        postings.EndDocument(docId);
        if (field.HasNorms)
        {
            field.SetNorm(docId, similarity.ComputeNorm(new FieldInvertState(field.Name, position, length, overlaps, offset, boost)));
        }
    }

    private static int TermId(TermTable terms, ICharTermAttribute? chars, ITermToBytesRefAttribute bytes, string field)
    {
        if (chars is not null && chars.Length <= MaxTermBytes / 3)
        {
            return terms.Add(chars.Buffer.AsSpan(0, chars.Length));
        }

        bytes.FillBytesRef();
        var term = bytes.BytesRef;
        if (term.Length > MaxTermBytes)
        {
            throw new ArgumentException(
                $"Document contains at least one immense term in field=\"{field}\" (whose UTF8 encoding is longer than the max length {MaxTermBytes})");
        }

        return terms.AddBytes(term.Bytes.AsSpan(term.Offset, term.Length));
    }
}
