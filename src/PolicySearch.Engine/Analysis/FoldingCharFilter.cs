using Lucene.Net.Analysis;

namespace PolicySearch.Engine.Analysis;

/// <summary>Applies <see cref="SearchFolding"/> while reading; 1:1 in chars, so offsets need no correction.</summary>
internal sealed class FoldingCharFilter : CharFilter
{
    public FoldingCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        if (read > 0)
        {
            SearchFolding.FoldInPlace(buffer.AsSpan(index, read));
        }

        return read;
    }

    public override int Read() => m_input.Read() is var c and >= 0 ? SearchFolding.Fold((char)c) : -1;

    protected override int Correct(int currentOff) => currentOff;
}
