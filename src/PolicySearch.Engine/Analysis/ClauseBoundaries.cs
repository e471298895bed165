namespace PolicySearch.Engine.Analysis;

/// <summary>
/// Where SmartCn's tokenizers may cut their 1024-char buffer besides line breaks: Chinese sentence and
/// clause punctuation (and their ASCII forms). A space is not safe: SmartCn joins Hanzi across spaces.
/// </summary>
internal static class ClauseBoundaries
{
    public static bool IsClauseEnd(char ch) => ch switch
    {
        '。' or '！' or '？' or '；' or '，' or '、' or '：' or '!' or '?' or ';' or ',' => true,
        _ => false,
    };
}
