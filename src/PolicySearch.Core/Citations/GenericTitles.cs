namespace PolicySearch.Core.Citations;

/// <summary>
/// Titles in 《》 that name no one document: bare document types and their combinations (《决定》, 《实施细则》,
/// 《总体规划》, 《纲要草案》), forms and certificates (…证, …表, …书, …卡), newspapers (…日报), keys of fewer
/// than two letters, and keys without a Chinese character (《2021》, markup such as &lt;b&gt; read as a nested
/// title). Short law names such as 《宪法》 or 《刑法》 are not generic: they are kept.
/// </summary>
internal static class GenericTitles
{
    public const int MinLength = 2;

    private static readonly string[] _typeWords =
    [
        "决定", "规定", "办法", "通知", "意见", "方案", "规划", "计划", "纲要", "草案", "条例", "细则", "实施", "总体",
        "章程", "建议", "汇报", "报告", "规范", "目录", "标准", "决议", "公告", "批复", "说明", "附件", "附表", "工作",
        "管理", "暂行", "试行", "若干", "行动", "指南", "指引", "清单", "名录", "规则", "制度", "协议", "合同", "通报",
        "请示", "复函", "函", "修订", "修正", "修正案", "征求意见稿", "送审稿", "稿", "本", "有关", "问题", "具体",
    ];

    private static readonly string[] _formSuffixes = ["证", "表", "书", "卡", "日报"];

    public static bool IsGeneric(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length < MinLength
            || !key.Any(c => Ideographs.Is(c) || char.IsSurrogate(c))
            || _formSuffixes.Any(suffix => key.EndsWith(suffix, StringComparison.Ordinal))
            || IsMadeOfTypeWords(key);
    }

    /// <summary>True when the key splits entirely into document-type words.</summary>
    private static bool IsMadeOfTypeWords(string key)
    {
        var reachable = new bool[key.Length + 1];
        reachable[0] = true;
        for (var start = 0; start < key.Length; start++)
        {
            if (!reachable[start])
            {
                continue;
            }

            foreach (var word in _typeWords)
            {
                if (key.AsSpan(start).StartsWith(word, StringComparison.Ordinal))
                {
                    reachable[start + word.Length] = true;
                }
            }
        }

        return reachable[key.Length];
    }
}
