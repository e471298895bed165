using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicySearch.Engine.Tests.Support;

internal static class AnalysisProbe
{
    public static List<string> Terms(Analyzer analyzer, string field, string text) =>
        Tokens(analyzer, field, text).Select(token => token.Term).ToList();

    public static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
