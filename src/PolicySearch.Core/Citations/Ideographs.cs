namespace PolicySearch.Core.Citations;

/// <summary>Chinese characters as titles and issuer names use them: the CJK Unified Ideographs and Extension A.</summary>
internal static class Ideographs
{
    public static bool Is(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
