using Lucene.Net.Analysis;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// CJK bigrams for recall: terms SmartCn does not know (放管服, 营商环境) and words it segments
/// differently alone than in context (法治 vs 法治政府) still match. Unigrams are emitted where a run
/// of characters starts or ends, so a phrase can put a character beside a number (2023年), and a
/// single-character query finds the rest as the first half of a bigram (see CharacterQuery).
/// </summary>
internal sealed class BigramAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => new FoldingCharFilter(reader);

    /// <summary>
    /// The tokens of StandardTokenizer → CJKWidthFilter → LowerCaseFilter → CJKBigramFilter(HAN |
    /// HIRAGANA | KATAKANA | HANGUL, outputUnigrams: true) less the unigrams inside a run, built faster
    /// (see <see cref="BigramTokenizer"/>).
    /// </summary>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new BigramTokenizer(reader));
}
