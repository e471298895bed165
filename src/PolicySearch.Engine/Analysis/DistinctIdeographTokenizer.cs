using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// Each Han ideograph of the (folded) text once, in order of first appearance: the terms of a field that
/// records which documents hold a character, with no positions or frequencies, so each distinct character
/// is indexed once per document rather than at every occurrence.
/// </summary>
internal sealed class DistinctIdeographTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _termAttribute;
    private readonly IOffsetAttribute _offsetAttribute;
    private readonly TextBuffer _text = new();
    private readonly ulong[] _seenBasic = new ulong[0x10000 / 64];
    private readonly List<int> _seenBasicWords = [];
    private readonly HashSet<int> _seenSupplementary = [];
    private OffsetCorrection _offsets;

    public DistinctIdeographTokenizer(TextReader input)
        : base(input)
    {
        _termAttribute = AddAttribute<ICharTermAttribute>();
        _offsetAttribute = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        var chars = _text.Chars;
        while (_text.Position < _text.Length)
        {
            var start = _text.Position;
            Rune.DecodeFromUtf16(chars.AsSpan(start, _text.Length - start), out var rune, out var length);
            _text.Position += length;
            if (HanCharacters.IsIdeograph(rune.Value) && FirstSighting(rune.Value))
            {
                ClearAttributes();
                _termAttribute.CopyBuffer(chars, start, length);
                _offsetAttribute.SetOffset(_offsets.Correct(start), _offsets.Correct(start + length));
                return true;
            }
        }

        return false;
    }

    public override void End()
    {
        base.End();
        var finalOffset = _offsets.Correct(_text.Length);
        _offsetAttribute.SetOffset(finalOffset, finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _offsets = new OffsetCorrection(m_input);
        _text.ReadAll(m_input);
        foreach (var word in _seenBasicWords)
        {
            _seenBasic[word] = 0;
        }

        _seenBasicWords.Clear();
        _seenSupplementary.Clear();
    }

    /// <summary>A bit per basic-plane character (cleared word by word for the next text), a set for the rest.</summary>
    private bool FirstSighting(int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            return _seenSupplementary.Add(codePoint);
        }

        var word = codePoint >> 6;
        var bit = 1UL << (codePoint & 63);
        if ((_seenBasic[word] & bit) != 0)
        {
            return false;
        }

        if (_seenBasic[word] == 0)
        {
            _seenBasicWords.Add(word);
        }

        _seenBasic[word] |= bit;
        return true;
    }
}
