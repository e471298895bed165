using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// Lucene 4.6's per-field postings with <see cref="PipelinedMergeFieldsConsumer"/>'s two-thread
/// merges. The files are the wrapped format's, so segments read back through the stock codec.
/// </summary>
[PostingsFormatName("PipelinedMerge")]
[ExcludePostingsFormatFromScan]
internal sealed class PipelinedMergePostingsFormat(PostingsFormat inner, PostingsBatchLimits limits) : PostingsFormat
{
    public override FieldsConsumer FieldsConsumer(SegmentWriteState state) =>
        new PipelinedMergeFieldsConsumer(inner.FieldsConsumer(state), limits);

    public override FieldsProducer FieldsProducer(SegmentReadState state) => inner.FieldsProducer(state);
}
