using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// The codec the index writer writes with: Lucene 4.6's, under its name and with its files, so any
/// Lucene.Net reader opens the segments with the stock codec; only postings merges differ
/// (<see cref="PipelinedMergeFieldsConsumer"/>). Excluded from codec scans, so "Lucene46" always resolves to the stock
/// codec for reading.
/// </summary>
[CodecName("Lucene46")]
[ExcludeCodecFromScan]
internal sealed class PolicyCodec : FilterCodec
{
    private readonly PostingsFormat _postingsFormat;

    internal PolicyCodec(PostingsBatchLimits limits)
        : base(new Lucene46Codec())
    {
        _postingsFormat = new PipelinedMergePostingsFormat(m_delegate.PostingsFormat, limits);
    }

    public static PolicyCodec Instance { get; } = new(PostingsBatchLimits.Default);

    public override PostingsFormat PostingsFormat => _postingsFormat;
}
