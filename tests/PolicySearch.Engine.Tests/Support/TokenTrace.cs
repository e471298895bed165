using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>Everything a token stream emits that the index sees: each token's term, offsets and position increment, then the final offset and increment.</summary>
internal static class TokenTrace
{
    public static List<(string Term, int Start, int End, int Increment)> Of(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.End();
        tokens.Add(("<end>", offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        return tokens;
    }

    /// <summary>
    /// Compares what two analyzers emit for a text: Difference is null when they agree, else the first
    /// differing token with the text around it; Compared counts the expected tokens (end included).
    /// </summary>
    public static (string? Difference, int Compared) Compare(Analyzer expected, Analyzer actual, string text)
    {
        var want = Of(expected, text);
        var got = Of(actual, text);
        for (var i = 0; i < Math.Max(want.Count, got.Count); i++)
        {
            if (i >= want.Count || i >= got.Count || want[i] != got[i])
            {
                var at = i < want.Count ? want[i].Start : got[i].Start;
                var from = Math.Clamp(at - 20, 0, text.Length);
                var context = text[from..Math.Min(text.Length, at + 20)];
                return ($"token {i}: expected {Describe(want, i)}, got {Describe(got, i)}; text around offset {at}: «{context}»", want.Count);
            }
        }

        return (null, want.Count);
    }

    private static string Describe(List<(string Term, int Start, int End, int Increment)> tokens, int index) =>
        index < tokens.Count ? $"{tokens[index]}" : "no token";
}
