using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using PolicySearch.Engine.Analysis.Segmentation;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// SmartCn's word tokenizer with the segmentation rebuilt (<see cref="HhmmSegmenter"/>): the same
/// 1024-char buffering with <see cref="ClauseBoundaries"/> as safe ends, the same ICU sentence breaks,
/// and the same tokens (text, offsets, "word" type) as SmartCn's own HMMChineseTokenizer with these safe ends, several times
/// faster and without allocating per token.
/// </summary>
internal sealed class FastSmartCnTokenizer : SegmentingTokenizerBase
{
    private static readonly BreakIterator SentenceBreaks = BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly HhmmSegmenter _segmenter = new(SmartCnDictionaries.Instance);
    private OffsetCorrection _offsets;
    private int _sentenceOffset;
    private int _next;

    public FastSmartCnTokenizer(TextReader reader)
        : base(reader, (BreakIterator)SentenceBreaks.Clone())
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _offsets = new OffsetCorrection(m_input);
        _segmenter.Clear();
        _next = 0;
    }

    protected override bool IsSafeEnd(char ch) => ClauseBoundaries.IsClauseEnd(ch) || base.IsSafeEnd(ch);

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        _segmenter.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
        _sentenceOffset = m_offset + sentenceStart;
        _next = 0;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _segmenter.Count)
        {
            return false;
        }

        ClearAttributes();
        var word = _next++;
        var length = _segmenter.TextLength(word);
        _segmenter.CopyText(word, _term.ResizeBuffer(length).AsSpan(0, length));
        _term.Length = length;
        _offset.SetOffset(
            _offsets.Correct(_sentenceOffset + _segmenter.StartOf(word)),
            _offsets.Correct(_sentenceOffset + _segmenter.EndOf(word)));
        _type.Type = "word";
        return true;
    }
}
