using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Tests.Support;

/// <summary>Every attribute the index uses, token by token, and the state after End().</summary>
internal static class TokenDump
{
    public static List<string> Of(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}|{offset.StartOffset}-{offset.EndOffset}|+{increment.PositionIncrement}|len{length.PositionLength}|{type.Type}");
        }

        stream.End();
        tokens.Add($"END|{offset.StartOffset}-{offset.EndOffset}|+{increment.PositionIncrement}");
        return tokens;
    }

    /// <summary>Empty when both analyzers agree; else where they first part.</summary>
    public static string Difference(Analyzer expected, Analyzer actual, string field, string text)
    {
        var want = Of(expected, field, text);
        var got = Of(actual, field, text);
        for (var i = 0; i < Math.Max(want.Count, got.Count); i++)
        {
            var w = i < want.Count ? want[i] : "(none)";
            var g = i < got.Count ? got[i] : "(none)";
            if (w != g)
            {
                var preview = text.Length > 80 ? text[..80] + "…" : text;
                return $"token {i} of \"{Escape(preview)}\": expected {Escape(w)}, got {Escape(g)}";
            }
        }

        return string.Empty;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x20 || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format ? $"\\u{(int)c:X4}" : c.ToString()));
}
