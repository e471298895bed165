using Lucene.Net.Codecs;
using Lucene.Net.Util;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// The writing half of a postings merge: hands <see cref="PostingsDecoder"/>'s batches to the codec
/// with the calls and statistics <c>TermsConsumer.Merge</c> would make, so the merged segment is the
/// same file for file.
/// </summary>
internal sealed class PostingsEncoder(FieldsConsumer fieldsConsumer)
{
    private readonly BytesRef _term = new();
    private TermsConsumer? _terms;
    private PostingsConsumer? _postings;
    private bool _withFrequencies;
    private bool _withPositions;
    private int _documentFrequency;
    private long _totalTermFrequency;
    private long _sumDocumentFrequency;
    private long _sumTotalTermFrequency;

    public void Encode(PostingsBatch batch)
    {
        var document = 0;
        var position = 0;
        for (var i = 0; i < batch.EntryCount; i++)
        {
            ref var entry = ref batch.Entries[i];
            switch (entry.Kind)
            {
                case PostingsEntryKind.FieldStart:
                    StartField(entry);
                    break;
                case PostingsEntryKind.Term:
                    (document, position) = EncodeTerm(batch, entry, document, position);
                    break;
                case PostingsEntryKind.FieldEnd:
                    FinishField(entry.FieldDocumentCount);
                    break;
            }
        }
    }

    private void StartField(in PostingsEntry entry)
    {
        var options = entry.Field!.IndexOptions;
        _terms = fieldsConsumer.AddField(entry.Field);
        _withFrequencies = options >= LuceneIndexOptions.DOCS_AND_FREQS;
        _withPositions = options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
        _sumDocumentFrequency = 0;
        _sumTotalTermFrequency = 0;
    }

    private (int Document, int Position) EncodeTerm(PostingsBatch batch, in PostingsEntry entry, int document, int position)
    {
        _term.Bytes = batch.TermBytes;
        _term.Offset = entry.TermStart;
        _term.Length = entry.TermLength;
        if (_postings is null)
        {
            _postings = _terms!.StartTerm(_term);
            _documentFrequency = 0;
            _totalTermFrequency = 0;
        }

        _documentFrequency += entry.DocumentEnd - document;
        for (; document < entry.DocumentEnd; document++)
        {
            var frequency = batch.Frequencies[document];
            _postings.StartDoc(batch.Documents[document], _withFrequencies ? frequency : -1);
            if (_withPositions)
            {
                for (var end = position + frequency; position < end; position++)
                {
                    _postings.AddPosition(batch.Positions[position], null, -1, -1);
                }
            }

            _postings.FinishDoc();
            _totalTermFrequency += frequency;
        }

        if (!entry.TermContinues)
        {
            var totalTermFrequency = _withFrequencies ? _totalTermFrequency : -1;
            _terms!.FinishTerm(_term, new TermStats(_documentFrequency, totalTermFrequency));
            _sumDocumentFrequency += _documentFrequency;
            _sumTotalTermFrequency += _totalTermFrequency;
            _postings = null;
        }

        return (document, position);
    }

    private void FinishField(int documentCount)
    {
        _terms!.Finish(_withFrequencies ? _sumTotalTermFrequency : -1, _sumDocumentFrequency, documentCount);
        _terms = null;
    }
}
