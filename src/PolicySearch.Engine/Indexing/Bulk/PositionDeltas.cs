namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// The positions of one field's tokens at a byte each: the step from the token before in the same
/// document (almost always 0 or 1), or <see cref="Escape"/> with the position itself kept aside.
/// A quarter of the memory of one int per token, so a segment holds more tokens in the same buffer.
/// </summary>
internal sealed class PositionDeltas
{
    public const byte Escape = byte.MaxValue;

    private byte[] _steps = new byte[1024];
    private int[] _escaped = new int[16];
    private int _last;

    public int EscapedCount { get; private set; }

    /// <summary>The steps, one per token, in the order added.</summary>
    public ReadOnlySpan<byte> Steps => _steps;

    /// <summary>The positions of the escaped steps, in the order added.</summary>
    public ReadOnlySpan<int> Escaped => _escaped.AsSpan(0, EscapedCount);

    public long UsedBytes(int tokens) => tokens + (EscapedCount * 4L);

    public void Add(int token, int position)
    {
        if (token == _steps.Length)
        {
            Array.Resize(ref _steps, token + (token / 2));
        }

        var step = position - _last;
        if ((uint)step < Escape)
        {
            _steps[token] = (byte)step;
        }
        else
        {
            _steps[token] = Escape;
            if (EscapedCount == _escaped.Length)
            {
                Array.Resize(ref _escaped, EscapedCount * 2);
            }

            _escaped[EscapedCount++] = position;
        }

        _last = position;
    }

    /// <summary>The next token starts a document: steps count from position 0 again.</summary>
    public void StartDocument() => _last = 0;

    /// <summary>Forgets escaped positions past <paramref name="escapedCount"/> (a dropped document's).</summary>
    public void Truncate(int escapedCount)
    {
        EscapedCount = escapedCount;
        _last = 0;
    }

    public void Reset() => Truncate(0);
}
