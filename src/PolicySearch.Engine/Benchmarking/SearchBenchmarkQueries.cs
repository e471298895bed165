using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Benchmarking;

/// <summary>The fixed query mix of the search benchmark: plain, phrase, filtered, faceted and date-sorted searches.</summary>
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

    public static IReadOnlyList<(string Kind, SearchRequest Request)> All(bool withSnippets)
    {
        var requests = new List<(string, SearchRequest)>();
        foreach (var query in Plain)
        {
            requests.Add(("plain", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0 }));
            requests.Add(("faceted", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 10 }));
            requests.Add(("filtered", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0, Filters = new SearchFilters { Validities = ["valid"] } }));
            requests.Add(("newest", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0, Sort = SearchSort.Newest }));
        }

        requests.AddRange(Phrases.Select(query => ("phrase", new SearchRequest(query) { WithSnippets = withSnippets, FacetSize = 0 })));
        return requests;
    }
}
