using PolicySearch.Core.Search;

namespace PolicySearch.Benchmarks.InProcess;

/// <summary>The fixed query mix of the search benchmark: plain, phrase, filtered, faceted and date-sorted searches, and citizens' questions.</summary>
public static class SearchBenchmarkQueries
{
    private static readonly string[] Plain =
    [
        "行政复议", "营商环境", "法治政府", "食品安全 监管", "消防 救援", "就业 补贴", "个人信息 保护", "安全生产 责任",
        "土地 征收 补偿", "未成年人 保护", "环境 污染 处罚", "医疗 保障", "养老 服务", "知识产权", "道路 交通 安全",
        "税收 征管", "突发事件 应对", "政务公开", "网络安全", "教育 经费", "行政處罰", "勞動 基準", "國民 年金", "公司法", "专利",
    ];

    private static readonly string[] Phrases =
    [
        "\"依法行政\"", "\"人民政府\"", "\"行政许可\"", "\"合法权益\"", "\"主管部门\"", "\"法律责任\"", "\"社会保险\"", "\"生态环境\"",
    ];

    /// <summary>Citizens' questions in everyday words, read by the question step (lexicon, coordination, phrases).</summary>
    private static readonly string[] Questions =
    [
        "家里老人走了丧事怎么办", "停车位被别人占了怎么办", "小孩上学要交哪些钱", "单位不给交公积金能投诉吗", "邻居半夜唱歌太吵",
        "租房子合同没到期房东要收回", "网上买的东西坏了能退吗", "摆地摊会被罚款吗", "農村蓋房子要審批嗎",
        "我在超市摔倒了，地上有水没人提醒。超市要赔医药费吗？能要误工费吗？",
    ];

    public static IReadOnlyList<(string Kind, SearchRequest Request)> All(bool withSnippets)
    {
        var requests = new List<(string, SearchRequest)>();
        foreach (var query in Plain)
        {
            requests.Add(("plain", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0 }));
            requests.Add(("faceted", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 10 }));
            requests.Add(("filtered", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0, Filters = SearchFilters.None.With(FilterFields.Validity, "valid") }));
            requests.Add(("newest", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0, Sort = SearchSort.Newest }));
        }

        requests.AddRange(Phrases.Select(query => ("phrase", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0 })));
        requests.AddRange(Questions.Select(query => ("question", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 10 })));
        return requests;
    }
}
