using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Evaluation;

namespace PolicySearch.Engine.Tests.Evaluation;

public sealed class JudgedRunnerTests
{
    [Fact]
    public void Scores_are_averaged_per_kind_in_kind_order_then_for_known_items_and_overall()
    {
        string[] lines =
        [
            "topical\tq-topic\tb\t2",
            "topical\tq-topic\ta\t3",
            "title\tq-title\ta\t3",
            "docNumber\tq-number\tz\t3",
        ];
        var searcher = new ScriptedSearcher(new Dictionary<string, string[]>
        {
            ["q-topic"] = ["b", "a"],
            ["q-title"] = ["a", "b"],
            ["q-number"] = ["a", "b"],
        });

        var report = JudgedRunner.Run(searcher, Judgments.Parse(lines, "j.tsv"));

        Assert.Equal(["title", "docNumber", "topical"], report.ByKind.Select(score => score.Kind));
        var topical = report.For(JudgmentKinds.Topical);
        Assert.Equal(1.0, topical.SuccessAt1);
        Assert.Equal((3 + 7 / Math.Log2(3)) / (7 + 3 / Math.Log2(3)), topical.NdcgAt10, 12);
        Assert.Equal(new JudgedScore("known items", 2, 2, 0.5, 0.5, 0.05, 0.5, 0.5, 0.5, 0), report.KnownItems);
        Assert.Equal(3, report.Overall.Queries);
        Assert.Equal(4, report.Overall.Judgments);
        Assert.Equal(2.0 / 3, report.Overall.MrrAt10, 12);
        Assert.Equal(["a", "b"], report.Outcomes.Single(outcome => outcome.Query.Query == "q-number").RankedIds);
    }

    [Fact]
    public void Persona_kinds_report_precision_success_at_3_and_the_share_of_queries_without_results()
    {
        string[] lines =
        [
            "citizen\t养狗需要办证吗\td\t3",
            "citizen\t养狗需要办证吗\te\t2",
            "citizen\t放鞭炮\tf\t3",
            "legal\t表见代理\tg\t3",
        ];
        var searcher = new ScriptedSearcher(new Dictionary<string, string[]>
        {
            ["养狗需要办证吗"] = ["x", "y", "e", "d"],
            ["放鞭炮"] = [],
            ["表见代理"] = ["g"],
        });

        var report = JudgedRunner.Run(searcher, Judgments.Parse(lines, "j.tsv"));

        Assert.Equal(["citizen", "legal"], report.ByKind.Select(score => score.Kind));
        var citizen = report.For(JudgmentKinds.Citizen);
        Assert.Equal(0.1, citizen.PrecisionAt10, 12);
        Assert.Equal(0.5, citizen.SuccessAt3);
        Assert.Equal(0.5, citizen.SuccessAt10);
        Assert.Equal(0.5, citizen.ZeroResultRate);
        Assert.Equal(0.0, report.For(JudgmentKinds.Legal).ZeroResultRate);
    }

    [Fact]
    public void Generated_known_items_grade_the_versions_in_force_as_key_documents()
    {
        PolicyDocument[] documents = [Document("old", Validity.Amended), Document("new", Validity.Valid), Document("other", Validity.Unknown)];
        KnownItemQuery[] queries =
        [
            new(KnownItemKind.ShortTitle, "公司法", "old", new HashSet<string> { "old", "new" }),
            new(KnownItemKind.Title, "公司法", "new", new HashSet<string> { "new" }),
            new(KnownItemKind.PartialTitle, "中华人民共和国公司", "old", new HashSet<string> { "old" }),
            new(KnownItemKind.QuotedPhrase, "\"某一句话\"", "other", new HashSet<string> { "other" }),
        ];

        var lines = KnownItemJudgments.ToLines(queries, documents).ToList();

        Assert.Equal(["shortTitle\t公司法\tnew\t3", "shortTitle\t公司法\told\t2", "quotedPhrase\t\"某一句话\"\tother\t3"], lines);
    }

    private static PolicyDocument Document(string id, Validity validity) =>
        new() { Id = id, Title = "中华人民共和国公司法", Body = "正文", Validity = validity };

    private sealed class ScriptedSearcher(Dictionary<string, string[]> results) : IDocumentSearcher
    {
        public SearchResults Search(SearchRequest request)
        {
            var hits = results[request.Query]
                .Select(id => new SearchHit(id, id, null, null, null, null, Validity.Unknown, null, null, 1, Snippet.Empty))
                .ToList();
            return new SearchResults(request.Query, hits.Count, request.Page, request.Size, 0, hits);
        }

        public PolicyDocument? FindDocument(string id) => null;
    }
}
