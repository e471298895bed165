using Lucene.Net.Codecs;
using Lucene.Net.Index;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// One field's postings for a segment being built, kept as they arrive: a term id (and a position) per
/// token, appended in document order, with no per-term lists to chase. At flush a counting sort by term
/// id groups them, and each term's documents and positions stream to the codec in order.
/// </summary>
internal sealed class InvertedField
{
    private readonly bool _withFrequencies;
    private readonly bool _withPositions;
    private int[] _termIds = new int[1024];
    private int[] _positions;
    private int _tokens;
    private int[] _documents = new int[64];
    private int[] _documentEnds = new int[64];
    private int _documentCount;

    public InvertedField(LuceneIndexOptions options)
    {
        _withFrequencies = options >= LuceneIndexOptions.DOCS_AND_FREQS;
        _withPositions = options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
        _positions = _withPositions ? new int[1024] : [];
    }

    public TermTable Terms { get; } = new();

    public int TokenCount => _tokens;

    public long UsedBytes => Terms.UsedBytes + (_tokens * (_withPositions ? 8L : 4L)) + (_documentCount * 8L);

    /// <summary>Empties the field for the next segment, keeping its arrays at the size they grew to.</summary>
    public void Reset()
    {
        Terms.Clear();
        _tokens = 0;
        _documentCount = 0;
    }

    public void Add(int termId, int position)
    {
        if (_tokens == _termIds.Length)
        {
            Array.Resize(ref _termIds, _tokens * 2);
            if (_withPositions)
            {
                Array.Resize(ref _positions, _tokens * 2);
            }
        }

        _termIds[_tokens] = termId;
        if (_withPositions)
        {
            _positions[_tokens] = position;
        }

        _tokens++;
    }

    /// <summary>Closes the tokens added since the last call as document <paramref name="document"/>'s.</summary>
    public void EndDocument(int document)
    {
        var start = _documentCount == 0 ? 0 : _documentEnds[_documentCount - 1];
        if (_tokens == start)
        {
            return;
        }

        if (_documentCount == _documents.Length)
        {
            Array.Resize(ref _documents, _documentCount * 2);
            Array.Resize(ref _documentEnds, _documentCount * 2);
        }

        _documents[_documentCount] = document;
        _documentEnds[_documentCount] = _tokens;
        _documentCount++;
    }

    /// <summary>Forgets the tokens of a document that failed half way, closed or not (its new terms stay, with no postings).</summary>
    public void Drop(int document)
    {
        if (_documentCount > 0 && _documents[_documentCount - 1] == document)
        {
            _documentCount--;
        }

        _tokens = _documentCount == 0 ? 0 : _documentEnds[_documentCount - 1];
    }

    public void Write(FieldsConsumer fields, FieldInfo field, GroupingScratch scratch)
    {
        if (_documentCount == 0)
        {
            return;
        }

        var termStarts = CountByTerm(scratch);
        var (documents, positions) = GroupByTerm(termStarts, scratch);
        var terms = fields.AddField(field);
        var term = new BytesRef(Terms.ByteBuffer, 0, 0);
        long sumTotalTermFrequency = 0;
        long sumDocumentFrequency = 0;
        foreach (var termId in Terms.SortedIds())
        {
            var from = termStarts[termId];
            var to = termStarts[termId + 1];
            if (from == to)
            {
                continue;
            }

            term.Bytes = Terms.ByteBuffer;
            term.Offset = Terms.ByteStart(termId);
            term.Length = Terms.ByteLength(termId);
            var postings = terms.StartTerm(term);
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

            var totalTermFrequency = to - from;
            terms.FinishTerm(term, new TermStats(documentFrequency, _withFrequencies ? totalTermFrequency : -1));
            sumTotalTermFrequency += totalTermFrequency;
            sumDocumentFrequency += documentFrequency;
        }

        terms.Finish(_withFrequencies ? sumTotalTermFrequency : -1, sumDocumentFrequency, _documentCount);
    }

    /// <summary>Where each term's tokens start once grouped: a prefix sum of the tokens per term.</summary>
    private int[] CountByTerm(GroupingScratch scratch)
    {
        var starts = scratch.TermStarts(Terms.Count + 1);
        for (var i = 0; i < _tokens; i++)
        {
            starts[_termIds[i] + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        return starts;
    }

    /// <summary>A stable counting sort: within a term, documents and positions stay in the order they came.</summary>
    private (int[] Documents, int[] Positions) GroupByTerm(int[] termStarts, GroupingScratch scratch)
    {
        var next = scratch.NextSlots(termStarts, Terms.Count + 1);
        var documents = scratch.Documents(_tokens);
        var positions = _withPositions ? scratch.Positions(_tokens) : [];
        var token = 0;
        for (var d = 0; d < _documentCount; d++)
        {
            var document = _documents[d];
            for (var end = _documentEnds[d]; token < end; token++)
            {
                var at = next[_termIds[token]]++;
                documents[at] = document;
                if (_withPositions)
                {
                    positions[at] = _positions[token];
                }
            }
        }

        return (documents, positions);
    }
}
