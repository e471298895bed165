using Lucene.Net.Analysis;

namespace PolicySearch.Engine.Analysis;

/// <summary>The distinct Han ideographs of folded text (see <see cref="DistinctIdeographTokenizer"/>).</summary>
internal sealed class DistinctIdeographAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new DistinctIdeographTokenizer(reader));
}
