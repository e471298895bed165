namespace PolicySearch.Core.Search;

/// <summary>A run of characters in a text: its start (UTF-16 offset) and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
