using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// Produces exactly the tokens of StandardTokenizer → CJKWidthFilter → LowerCaseFilter →
/// CJKBigramFilter(HAN | HIRAGANA | KATAKANA | HANGUL, outputUnigrams: true) without the unigrams inside
/// a run (those with a bigram on both sides; the bigram after one takes its position), several times
/// faster on Chinese text. A run's first and last characters and lone characters keep their unigrams:
/// a phrase that puts a character beside a number or a letter (2023年, 第5号) finds it there, and a
/// single-character query finds every occurrence as that unigram or as the first half of a bigram
/// (see CharacterQuery). Leaving out the interior unigrams removes two fifths of a bigram field's tokens.
/// Ideographs (one token each in StandardTokenizer, see <see cref="HanCharacters"/>) are
/// taken straight from the buffer (a run of them as one base token, as CJKBigramFilter joins aligned
/// tokens anyway), stretches of only separators are skipped, and the rest (numbers,
/// Latin, kana, Hangul, anything unusual) goes through the stock chain. The bigram step follows
/// CJKBigramFilter line by line, without capturing attribute states.
/// </summary>
internal sealed class BigramTokenizer : Tokenizer
{
    private static readonly string HanType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
    private static readonly string HiraganaType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
    private static readonly string KatakanaType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
    private static readonly string HangulType = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];
    private const int OwnAttributeImplementations = 5;
    private readonly ICharTermAttribute _termAttribute;
    private readonly IOffsetAttribute _offsetAttribute;
    private readonly IPositionIncrementAttribute _positionIncrementAttribute;
    private readonly IPositionLengthAttribute _positionLengthAttribute;
    private readonly ITypeAttribute _typeAttribute;
    private readonly TextBuffer _text = new();
    private readonly StandardSpanTokenizer _span = new();
    private OffsetCorrection _offsets;
    private bool _inSpan;
    private int _trailingSkipped;
    private BaseToken _base;
    private bool _baseIsPending;
    private bool _exhausted;
    private bool _onlyOwnAttributes;

    // CJKBigramFilter's state: code points of the current aligned run with their offsets.
    private int[] _codePoints = new int[8];
    private int[] _starts = new int[8];
    private int[] _ends = new int[8];
    private int _bufferLength;
    private int _index;
    private int _lastEndOffset;
    private bool _ngramState;
    private bool _afterBigram;

    public BigramTokenizer(TextReader input)
        : base(input)
    {
        _termAttribute = AddAttribute<ICharTermAttribute>();
        _offsetAttribute = AddAttribute<IOffsetAttribute>();
        _positionIncrementAttribute = AddAttribute<IPositionIncrementAttribute>();
        _positionLengthAttribute = AddAttribute<IPositionLengthAttribute>();
        _typeAttribute = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_bufferLength - _index > 1)
            {
                // A + (rewind) AB + B + (rewind) BC + C: the unigram first, then the bigram; B, between two
                // bigrams, is left out and BC takes its position.
                if (_ngramState)
                {
                    FlushBigram(positionIncrement: 0);
                }
                else if (_afterBigram)
                {
                    FlushBigram(positionIncrement: 1);
                    return true;
                }
                else
                {
                    FlushUnigram();
                    _index--;
                }

                _ngramState = !_ngramState;
                return true;
            }

            if (!NextBase())
            {
                if (_bufferLength - _index == 1)
                {
                    FlushUnigram();
                    return true;
                }

                return false;
            }

            if (_base.IsCjk && _base.Start == _lastEndOffset)
            {
                Refill();
                continue;
            }

            if (_bufferLength - _index == 1)
            {
                // The buffered character cannot pair with this token: emit it and revisit the token.
                _baseIsPending = true;
                FlushUnigram();
                return true;
            }

            if (_base.IsCjk)
            {
                _index = 0;
                _bufferLength = 0;
                Refill();
                continue;
            }

            SetToken(_base.Start, _base.End, _base.PositionIncrement, 1, _base.Type);
            _termAttribute.CopyBuffer(_base.Term, _base.TermStart, _base.TermLength);
            return true;
        }
    }

    public override void End()
    {
        base.End();
        var finalOffset = _offsets.Correct(_text.Length);
        _offsetAttribute.SetOffset(finalOffset, finalOffset);
        _positionIncrementAttribute.PositionIncrement += _trailingSkipped;
    }

    public override void Reset()
    {
        base.Reset();
        _offsets = new OffsetCorrection(m_input);
        FinishSpan();
        _text.ReadAll(m_input);
        _onlyOwnAttributes = CountAttributeImplementations() == OwnAttributeImplementations;
        _trailingSkipped = 0;
        _baseIsPending = false;
        _exhausted = false;
        _bufferLength = 0;
        _index = 0;
        _lastEndOffset = 0;
        _ngramState = false;
        _afterBigram = false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            FinishSpan();
        }

        base.Dispose(disposing);
    }

    private int CountAttributeImplementations()
    {
        var count = 0;
        using var implementations = GetAttributeImplsEnumerator();
        while (implementations.MoveNext())
        {
            count++;
        }

        return count;
    }

    private void FinishSpan()
    {
        if (_inSpan)
        {
            _inSpan = false;
            _trailingSkipped = _span.Finish(ends: _text.Position >= _text.Length);
        }
    }

    /// <summary>The next token of the underlying StandardTokenizer chain (CJKBigramFilter's DoNext).</summary>
    private bool NextBase()
    {
        if (_baseIsPending)
        {
            _baseIsPending = false;
            return true;
        }

        if (_exhausted)
        {
            return false;
        }

        while (true)
        {
            if (_inSpan)
            {
                if (_span.Next())
                {
                    var term = _span.Term;
                    var type = _span.Type;
                    var isCjk = ReferenceEquals(type, HanType) || ReferenceEquals(type, HiraganaType)
                        || ReferenceEquals(type, KatakanaType) || ReferenceEquals(type, HangulType);
                    _base = new BaseToken(isCjk, term.Buffer, 0, term.Length, _offsets.Correct(_span.StartOffset), _offsets.Correct(_span.EndOffset), _span.PositionIncrement, type);
                    return true;
                }

                FinishSpan();
                continue;
            }

            var (gapEnd, runLength, separatorsOnly) = _text.ScanToIdeograph();
            if (gapEnd < 0)
            {
                _exhausted = true;
                return false;
            }

            if (gapEnd > _text.Position)
            {
                var gapStart = _text.Position;
                _text.Position = gapEnd;
                if (!separatorsOnly)
                {
                    _span.Start(_text.Chars, gapStart, gapEnd);
                    _inSpan = true;
                }

                continue;
            }

            var start = _text.Position;
            _text.Position += runLength;
            _trailingSkipped = 0;
            _base = new BaseToken(true, _text.Chars, start, runLength, _offsets.Correct(start), _offsets.Correct(start + runLength), 1, HanType) { IsIdeographRun = true };
            return true;
        }
    }

    private void Refill()
    {
        if (_bufferLength > 64)
        {
            var last = _bufferLength - 1;
            _codePoints[0] = _codePoints[last];
            _starts[0] = _starts[last];
            _ends[0] = _ends[last];
            _bufferLength = 1;
            _index -= last;
        }

        var length = _base.TermLength;
        var needed = _bufferLength + length;
        if (needed > _codePoints.Length)
        {
            var size = Math.Max(needed, _codePoints.Length * 2);
            Array.Resize(ref _codePoints, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _ends, size);
        }

        var start = _base.Start;
        var end = _base.End;
        var exact = end - start == length; // else a char filter or width folding changed the length: keep the token's offsets
        var term = _base.Term.AsSpan(_base.TermStart, length);
        for (var i = 0; i < length;)
        {
            var codePoint = char.IsHighSurrogate(term[i]) && i + 1 < length && char.IsLowSurrogate(term[i + 1])
                ? char.ConvertToUtf32(term[i], term[i + 1])
                : term[i];
            var units = codePoint > 0xFFFF ? 2 : 1;
            _codePoints[_bufferLength] = codePoint;
            if (_base.IsIdeographRun)
            {
                // One StandardTokenizer token per ideograph, each offset corrected on its own.
                var at = _base.TermStart + i;
                _starts[_bufferLength] = i == 0 ? start : _offsets.Correct(at);
                _ends[_bufferLength] = i + units == length ? end : _offsets.Correct(at + units);
            }
            else
            {
                _starts[_bufferLength] = exact ? start : _base.Start;
                _ends[_bufferLength] = exact ? start + units : end;
            }

            start += units;
            _bufferLength++;
            i += units;
        }

        _lastEndOffset = end;
    }

    private void FlushBigram(int positionIncrement)
    {
        SetToken(_starts[_index], _ends[_index + 1], positionIncrement, 2, CJKBigramFilter.DOUBLE_TYPE);
        _afterBigram = true;
        var buffer = _termAttribute.ResizeBuffer(4);
        var length = WriteCodePoint(_codePoints[_index], buffer, 0);
        _termAttribute.Length = length + WriteCodePoint(_codePoints[_index + 1], buffer, length);
        _index++;
    }

    private void FlushUnigram()
    {
        SetToken(_starts[_index], _ends[_index], 1, 1, CJKBigramFilter.SINGLE_TYPE);
        _afterBigram = false;
        _termAttribute.Length = WriteCodePoint(_codePoints[_index], _termAttribute.ResizeBuffer(2), 0);
        _index++;
    }

    /// <summary>
    /// Sets every attribute of a token but the term. Clearing all attributes first, as filters do, is
    /// only needed when a consumer added attributes of its own: these five are all set here anyway.
    /// </summary>
    private void SetToken(int start, int end, int positionIncrement, int positionLength, string type)
    {
        if (!_onlyOwnAttributes)
        {
            ClearAttributes();
        }

        _offsetAttribute.SetOffset(start, end);
        _positionIncrementAttribute.PositionIncrement = positionIncrement;
        _positionLengthAttribute.PositionLength = positionLength;
        _typeAttribute.Type = type;
    }

    private static int WriteCodePoint(int codePoint, char[] buffer, int at)
    {
        if (codePoint <= 0xFFFF)
        {
            buffer[at] = (char)codePoint;
            return 1;
        }

        var offset = codePoint - 0x10000;
        buffer[at] = (char)(0xD800 + (offset >> 10));
        buffer[at + 1] = (char)(0xDC00 + (offset & 0x3FF));
        return 2;
    }

    /// <summary>A token of the StandardTokenizer chain; its term is a slice of <see cref="Term"/>.</summary>
    private readonly record struct BaseToken(bool IsCjk, char[] Term, int TermStart, int TermLength, int Start, int End, int PositionIncrement, string Type)
    {
        /// <summary>Ideographs taken from the buffer (<see cref="TermStart"/> is their place in it), each a token of its own.</summary>
        public bool IsIdeographRun { get; init; }
    }
}
