using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// Lucene's own StandardTokenizer → CJKWidthFilter → LowerCaseFilter, run over one stretch of a
/// buffer at a time: the parts of a text between ideographs that hold letters or digits.
/// </summary>
internal sealed class StandardSpanTokenizer : IDisposable
{
    private readonly SpanReader _reader = new();
    private readonly Tokenizer _tokenizer;
    private readonly TokenStream _stream;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private int _spanStart;

    public StandardSpanTokenizer()
    {
        _tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, _reader);
        _stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, new CJKWidthFilter(_tokenizer));
        _term = _stream.AddAttribute<ICharTermAttribute>();
        _offset = _stream.AddAttribute<IOffsetAttribute>();
        _positionIncrement = _stream.AddAttribute<IPositionIncrementAttribute>();
        _type = _stream.AddAttribute<ITypeAttribute>();
    }

    public ICharTermAttribute Term => _term;

    /// <summary>Offsets in the whole buffer.</summary>
    public int StartOffset => _spanStart + _offset.StartOffset;

    public int EndOffset => _spanStart + _offset.EndOffset;

    public int PositionIncrement => _positionIncrement.PositionIncrement;

    public string Type => _type.Type;

    public void Start(char[] buffer, int start, int end)
    {
        _spanStart = start;
        _reader.Set(buffer, start, end);
        _tokenizer.SetReader(_reader);
        _stream.Reset();
    }

    public bool Next() => _stream.IncrementToken();

    /// <summary>
    /// Closes the span. With <paramref name="ends"/> (the span ends the text) it returns the positions of
    /// over-long tokens skipped after its last token; elsewhere an ideograph token follows, which does
    /// not carry them, so End() is not worth its cost.
    /// </summary>
    public int Finish(bool ends)
    {
        var skipped = 0;
        if (ends)
        {
            _stream.End();
            skipped = _positionIncrement.PositionIncrement;
        }

        _stream.Dispose();
        return skipped;
    }

    /// <summary>Releases the stock chain for good (it is only closed between spans).</summary>
    public void Dispose()
    {
        _stream.Dispose();
        _reader.Dispose();
    }

    /// <summary>Reads a slice of a char array without copying it first; disposing it is a no-op so it can be reused.</summary>
    private sealed class SpanReader : TextReader
    {
        private char[] _buffer = [];
        private int _position;
        private int _end;

        public void Set(char[] buffer, int start, int end)
        {
            _buffer = buffer;
            _position = start;
            _end = end;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _end - _position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(_buffer, _position, buffer, index, n);
            _position += n;
            return n;
        }

        public override int Read() => _position < _end ? _buffer[_position++] : -1;

        public override int Peek() => _position < _end ? _buffer[_position] : -1;
    }
}
