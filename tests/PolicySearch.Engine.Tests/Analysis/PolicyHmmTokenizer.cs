using Lucene.Net.Analysis.Cn.Smart;
using PolicySearch.Engine.Analysis;

namespace PolicySearch.Engine.Tests.Analysis;

/// <summary>
/// SmartCn's own tokenizer with <see cref="ClauseBoundaries"/> as safe buffer ends: the reference that
/// <see cref="FastSmartCnTokenizer"/> must match token for token (see <see cref="WordSegmenterIdentityTests"/>).
/// </summary>
internal sealed class PolicyHmmTokenizer : HMMChineseTokenizer
{
    public PolicyHmmTokenizer(TextReader reader)
        : base(reader)
    {
    }

    protected override bool IsSafeEnd(char ch) => ClauseBoundaries.IsClauseEnd(ch) || base.IsSafeEnd(ch);
}
