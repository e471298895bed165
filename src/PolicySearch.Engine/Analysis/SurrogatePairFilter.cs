using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// SmartCn treats each half of a supplementary character (CJK Ext-B and beyond) as a token of its
/// own, and lone surrogates are indexed as U+FFFD, so every Ext-B query would match every Ext-B
/// document. This filter joins a high-surrogate token with the low-surrogate token right after it.
/// </summary>
internal sealed class SurrogatePairFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private State? _pending;

    public SurrogatePairFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!IsLone(char.IsHighSurrogate))
        {
            return true;
        }

        var high = _term[0];
        var start = _offset.StartOffset;
        var highState = CaptureState();
        if (!m_input.IncrementToken())
        {
            RestoreState(highState);
            return true;
        }

        if (IsLone(char.IsLowSurrogate))
        {
            var low = _term[0];
            var end = _offset.EndOffset;
            RestoreState(highState);
            _term.SetEmpty().Append(high).Append(low);
            _offset.SetOffset(start, end);
            return true;
        }

        _pending = CaptureState();
        RestoreState(highState);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }

    private bool IsLone(Func<char, bool> kind) => _term.Length == 1 && kind(_term[0]);
}
