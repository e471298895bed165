using Lucene.Net.Analysis.Cn.Smart;

namespace PolicySearch.Engine.Analysis;

/// <summary>
/// SmartCn's tokenizer reads 1024-char buffers and, with no line break in sight, cuts words at the
/// buffer edge. Chinese sentence and clause punctuation are safe places to cut too. A space is not:
/// SmartCn joins Hanzi across spaces.
/// </summary>
internal sealed class PolicyHmmTokenizer : HMMChineseTokenizer
{
    public PolicyHmmTokenizer(TextReader reader)
        : base(reader)
    {
    }

    protected override bool IsSafeEnd(char ch) => ch switch
    {
        '。' or '！' or '？' or '；' or '，' or '、' or '：' or '!' or '?' or ';' or ',' => true,
        _ => base.IsSafeEnd(ch),
    };
}
