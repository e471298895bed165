using Lucene.Net.Codecs;
using Lucene.Net.Index;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// One field's postings for a segment being built, kept as they arrive: a term id (and a position step,
/// <see cref="PositionDeltas"/>) per token, appended in document order, with no per-term lists to chase. At flush a counting sort by term
/// id groups them, and each term's documents and positions stream to the codec in order.
/// </summary>
internal sealed class InvertedField
{
    private readonly bool _withFrequencies;
    private readonly bool _withPositions;
    private readonly PositionDeltas? _positions;
    private int[] _termIds = new int[1024];
    private int _tokens;
    private long[] _pending = new long[1024];

    // The open document's first token: _documentEnds[_documentCount - 1] (or 0), kept apart because every token reads it.
    private int _documentStart;
    private int[] _documents = new int[64];
    private int[] _documentEnds = new int[64];
    private int[] _documentEscapedEnds = new int[64];
    private int _documentCount;

    public InvertedField(LuceneIndexOptions options)
    {
        _withFrequencies = options >= LuceneIndexOptions.DOCS_AND_FREQS;
        _withPositions = options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
        _positions = _withPositions ? new PositionDeltas() : null;
    }

    public TermTable Terms { get; } = new();

    public long UsedBytes => Terms.UsedBytes + (_tokens * 4L) + (_positions?.UsedBytes(_tokens) ?? 0) + (_documentCount * 12L);

    /// <summary>Empties the field for the next segment, keeping its arrays at the size they grew to.</summary>
    public void Reset()
    {
        Terms.Clear();
        _positions?.Reset();
        _tokens = 0;
        _documentStart = 0;
        _documentCount = 0;
    }

    /// <summary>Adds a token of the open document whose term id is known.</summary>
    public void Add(int termId, int position) => AddPending(TermTable.ResolvedFlag | (uint)termId, position);

    /// <summary>Adds a token of the open document by its <see cref="TermTable.ShortKey"/>; its id is found when the document ends.</summary>
    public void AddShort(long key, int position) => AddPending(key, position);

    private void AddPending(long value, int position)
    {
        var pending = _tokens - _documentStart;
        if (pending == _pending.Length)
        {
            Array.Resize(ref _pending, pending * 2);
        }

        _pending[pending] = value;
        _positions?.Add(_tokens, position);
        _tokens++;
    }

    /// <summary>Closes the tokens added since the last call as document <paramref name="document"/>'s.</summary>
    public void EndDocument(int document)
    {
        var start = _documentStart;
        if (_tokens == start)
        {
            return;
        }

        if (_tokens > _termIds.Length)
        {
            Array.Resize(ref _termIds, Math.Max(_tokens, _termIds.Length + (_termIds.Length / 2)));
        }

        Terms.Resolve(_pending.AsSpan(0, _tokens - start), _termIds.AsSpan(start, _tokens - start));
        _documentStart = _tokens;

        if (_documentCount == _documents.Length)
        {
            Array.Resize(ref _documents, _documentCount * 2);
            Array.Resize(ref _documentEnds, _documentCount * 2);
            Array.Resize(ref _documentEscapedEnds, _documentCount * 2);
        }

        _documents[_documentCount] = document;
        _documentEnds[_documentCount] = _tokens;
        _documentEscapedEnds[_documentCount] = _positions?.EscapedCount ?? 0;
        _documentCount++;
        _positions?.StartDocument();
    }

    /// <summary>Forgets the tokens of a document that failed half way, closed or not (its new terms stay, with no postings).</summary>
    public void Drop(int document)
    {
        if (_documentCount > 0 && _documents[_documentCount - 1] == document)
        {
            _documentCount--;
        }

        _tokens = _documentCount == 0 ? 0 : _documentEnds[_documentCount - 1];
        _documentStart = _tokens;
        _positions?.Truncate(_documentCount == 0 ? 0 : _documentEscapedEnds[_documentCount - 1]);
    }

    public void Write(FieldsConsumer fields, FieldInfo field, GroupingScratch scratch)
    {
        if (_documentCount == 0)
        {
            return;
        }

        var sorted = Terms.SortedIds();
        var starts = NumberByRank(sorted, scratch);
        var terms = fields.AddField(field);
        var term = new BytesRef(Terms.ByteBuffer, 0, 0);
        long sumTotalTermFrequency = 0;
        long sumDocumentFrequency = 0;
        for (var first = 0; first < sorted.Length;)
        {
            var last = first + 1;
            while (last < sorted.Length && starts[last + 1] - starts[first] <= scratch.MaxTokens)
            {
                last++;
            }

            var (documents, positions) = GroupByRank(starts, first, last, scratch);
            for (var rank = first; rank < last; rank++)
            {
                var from = starts[rank] - starts[first];
                var to = starts[rank + 1] - starts[first];
                if (from == to)
                {
                    continue; // a term only a dropped document had
                }

                var termId = sorted[rank];
                term.Offset = Terms.ByteStart(termId);
                term.Length = Terms.ByteLength(termId);
                var documentFrequency = WriteTerm(terms.StartTerm(term), documents, positions, from, to);
                terms.FinishTerm(term, new TermStats(documentFrequency, _withFrequencies ? to - from : -1));
                sumTotalTermFrequency += to - from;
                sumDocumentFrequency += documentFrequency;
            }

            first = last;
        }

        terms.Finish(_withFrequencies ? sumTotalTermFrequency : -1, sumDocumentFrequency, _documentCount);
    }

    private int WriteTerm(PostingsConsumer postings, int[] documents, int[] positions, int from, int to)
    {
        var documentFrequency = 0;
        for (var i = from; i < to;)
        {
            var document = documents[i];
            var end = i + 1;
            while (end < to && documents[end] == document)
            {
                end++;
            }

            postings.StartDoc(document, _withFrequencies ? end - i : -1);
            if (_withPositions)
            {
                for (var p = i; p < end; p++)
                {
                    postings.AddPosition(positions[p], null, -1, -1);
                }
            }

            postings.FinishDoc();
            documentFrequency++;
            i = end;
        }

        return documentFrequency;
    }

    /// <summary>
    /// Renumbers the tokens' terms by their rank in byte order (the field is written once, then reset),
    /// and returns where each rank's tokens start once grouped: a prefix sum of the tokens per rank.
    /// </summary>
    private int[] NumberByRank(int[] sorted, GroupingScratch scratch)
    {
        var ranks = scratch.Ranks(sorted.Length);
        for (var rank = 0; rank < sorted.Length; rank++)
        {
            ranks[sorted[rank]] = rank;
        }

        var starts = scratch.TermStarts(sorted.Length + 1);
        for (var i = 0; i < _tokens; i++)
        {
            var rank = ranks[_termIds[i]];
            _termIds[i] = rank;
            starts[rank + 1]++;
        }

        for (var rank = 1; rank <= sorted.Length; rank++)
        {
            starts[rank] += starts[rank - 1];
        }

        return starts;
    }

    /// <summary>
    /// A stable counting sort of the tokens of ranks [<paramref name="first"/>, <paramref name="last"/>):
    /// within a term, documents and positions stay in the order they came. Taking the terms
    /// <see cref="GroupingScratch.MaxTokens"/> tokens at a time bounds the arrays a flush needs.
    /// </summary>
    private (int[] Documents, int[] Positions) GroupByRank(int[] starts, int first, int last, GroupingScratch scratch)
    {
        var next = scratch.NextSlots(starts, first, last);
        var count = starts[last] - starts[first];
        var documents = scratch.Documents(count);
        var positions = _withPositions ? scratch.Positions(count) : [];
        var steps = _positions is null ? default : _positions.Steps;
        var escaped = _positions is null ? default : _positions.Escaped;
        var width = (uint)(last - first);
        var nextEscaped = 0;
        var token = 0;
        for (var d = 0; d < _documentCount; d++)
        {
            var document = _documents[d];
            var position = 0;
            for (var end = _documentEnds[d]; token < end; token++)
            {
                if (_withPositions)
                {
                    var step = steps[token];
                    position = step == PositionDeltas.Escape ? escaped[nextEscaped++] : position + step;
                }

                var slot = _termIds[token] - first;
                if ((uint)slot >= width)
                {
                    continue;
                }

                var at = next[slot]++;
                documents[at] = document;
                if (_withPositions)
                {
                    positions[at] = position;
                }
            }
        }

        return (documents, positions);
    }
}
