using Lucene.Net.Analysis;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// A tokenizer's offset correction, with its input's char filter found once per text:
/// <c>Tokenizer.CorrectOffset</c> type-tests the input on every call, a cast up three classes per
/// offset that was 3 % of an import's CPU.
/// </summary>
internal readonly struct OffsetCorrection(TextReader? input)
{
    private readonly CharFilter? _charFilter = input as CharFilter;

    public int Correct(int offset) => _charFilter?.CorrectOffset(offset) ?? offset;
}
