using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// The reading half of a postings merge: walks the merged terms of every field in order, maps each
/// segment's documents to the merged segment's (skipping deleted ones), and fills batches for
/// <see cref="PostingsEncoder"/>, as <c>TermsConsumer.Merge</c> and <c>PostingsConsumer.Merge</c> do
/// in one pass. Handles what the schema indexes: documents, frequencies and positions, not payloads or
/// offsets (<see cref="Supports"/>).
/// </summary>
internal sealed class PostingsDecoder(MergeState mergeState, Fields fields, PostingsPipeline pipeline)
{
    private const int DocumentsPerAbortCheck = 60_000;

    private readonly bool _hasDeletions = mergeState.DocMaps.Any(documentMap => documentMap.HasDeletions);
    private PostingsBatch _batch = null!;
    private long _documentsSinceAbortCheck;

    /// <summary>Whether every field of the merge is one this decoder can read.</summary>
    public static bool Supports(MergeState mergeState) =>
        mergeState.FieldInfos.All(field =>
            !field.IsIndexed || (!field.HasPayloads && field.IndexOptions < LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS));

    /// <summary>Decodes every field, then closes the pipeline, also when it fails.</summary>
    public void Run()
    {
        try
        {
            _batch = pipeline.TakeEmpty();
            foreach (var name in fields)
            {
                var terms = fields.GetTerms(name);
                if (terms is null)
                {
                    continue;
                }

                var field = mergeState.FieldInfos.FieldInfo(name);
                _batch.AddEntry(PostingsEntryKind.FieldStart).Field = field;

                // Without deletions each merged document is one segment's, so the segments' counts add up.
                var withDocuments = _hasDeletions || terms.DocCount < 0 ? new FixedBitSet(mergeState.SegmentInfo.DocCount) : null;
                DecodeTerms(field.IndexOptions, terms.GetEnumerator(), withDocuments);
                _batch.AddEntry(PostingsEntryKind.FieldEnd).FieldDocumentCount = withDocuments?.Cardinality ?? terms.DocCount;
            }

            pipeline.Fill(_batch);
        }
        finally
        {
            pipeline.FinishFilling();
        }
    }

    private void DecodeTerms(LuceneIndexOptions options, TermsEnum termsEnum, FixedBitSet? withDocuments)
    {
        var flags = options == LuceneIndexOptions.DOCS_ONLY ? DocsFlags.NONE : DocsFlags.FREQS;
        MultiDocsEnum? documents = null;
        MultiDocsAndPositionsEnum? positions = null;
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term;
            BeginTerm(term);
            var found = 0;
            if (options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS)
            {
                positions = (MultiDocsAndPositionsEnum)termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.NONE);
                for (var i = 0; i < positions.NumSubs; i++)
                {
                    var sub = positions.Subs[i];
                    found += DecodeDocuments(term, sub.DocsAndPositionsEnum, sub.DocsAndPositionsEnum, sub.Slice.ReaderIndex, withDocuments);
                }
            }
            else
            {
                documents = (MultiDocsEnum)termsEnum.Docs(null, documents, flags);
                for (var i = 0; i < documents.NumSubs; i++)
                {
                    var sub = documents.Subs[i];
                    found += DecodeDocuments(term, sub.DocsEnum, null, sub.Slice.ReaderIndex, withDocuments);
                }
            }

            EndTerm(found);
        }
    }

    private int DecodeDocuments(BytesRef term, DocsEnum documents, DocsAndPositionsEnum? positions, int reader, FixedBitSet? withDocuments)
    {
        var documentMap = mergeState.DocMaps[reader];
        var hasDeletions = documentMap.HasDeletions;
        var documentBase = mergeState.DocBase[reader];
        var found = 0;
        int document;
        while ((document = documents.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (hasDeletions && (document = documentMap.Get(document)) < 0)
            {
                continue;
            }

            if (_batch.IsFull)
            {
                ContinueTermInNextBatch(term);
            }

            document += documentBase;
            var frequency = documents.Freq;
            _batch.AddDocument(document, frequency);
            if (positions is not null)
            {
                foreach (ref var position in _batch.ReservePositions(frequency))
                {
                    position = positions.NextPosition();
                }
            }

            withDocuments?.Set(document);
            found++;
        }

        return found;
    }

    private void BeginTerm(BytesRef term)
    {
        if (_batch.IsFull)
        {
            HandOverBatch();
        }

        _batch.AddTerm(term.Bytes.AsSpan(term.Offset, term.Length));
    }

    private void ContinueTermInNextBatch(BytesRef term)
    {
        ref var entry = ref _batch.Entries[_batch.EntryCount - 1];
        entry.DocumentEnd = _batch.DocumentCount;
        entry.TermContinues = true;
        HandOverBatch();
        _batch.AddTerm(term.Bytes.AsSpan(term.Offset, term.Length));
    }

    private void HandOverBatch()
    {
        pipeline.Fill(_batch);
        _batch = pipeline.TakeEmpty();
    }

    private void EndTerm(int found)
    {
        ref var entry = ref _batch.Entries[_batch.EntryCount - 1];
        if (found == 0)
        {
            // Every document with the term was deleted; a term that was cut across batches has some.
            _batch.RemoveLastTerm();
            return;
        }

        entry.DocumentEnd = _batch.DocumentCount;
        _documentsSinceAbortCheck += found;
        if (_documentsSinceAbortCheck > DocumentsPerAbortCheck)
        {
            mergeState.CheckAbort.Work(_documentsSinceAbortCheck / 5.0);
            _documentsSinceAbortCheck = 0;
        }
    }
}
