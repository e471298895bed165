using PolicySearch.Core.Errors;
using PolicySearch.Engine.Evaluation;

namespace PolicySearch.Engine.Tests.Evaluation;

public sealed class JudgmentsTests
{
    [Fact]
    public void Lines_of_one_query_are_gathered_and_comments_and_blank_lines_skipped()
    {
        string[] lines =
        [
            "# kind\tquery\tdocId\tgrade",
            "topical\t物业 管理\tdoc-1\t3",
            "",
            "topical\t物业 管理\tdoc-2\t0\r",
            "docNumber\t国办函〔2018〕71号\tgovcn-5338761\t3",
        ];

        var queries = Judgments.Parse(lines, "j.tsv");

        Assert.Equal(["物业 管理", "国办函〔2018〕71号"], queries.Select(query => query.Query));
        var topical = queries[0];
        Assert.Equal(JudgmentKinds.Topical, topical.Kind);
        Assert.False(topical.IsKnownItem);
        Assert.Equal("j.tsv:2", topical.Location);
        Assert.Equal(new Dictionary<string, int> { ["doc-1"] = 3, ["doc-2"] = 0 }, topical.Grades);
        Assert.True(queries[1].IsKnownItem);
    }

    [Theory]
    [InlineData("topical\t物业 管理\tdoc-1", "expected 4 tab-separated fields")]
    [InlineData("topical 物业 管理 doc-1 3", "expected 4 tab-separated fields")]
    [InlineData("topic\t物业 管理\tdoc-1\t3", "unknown kind 'topic'")]
    [InlineData("topical\t \tdoc-1\t3", "the query is empty")]
    [InlineData("topical\t物业 管理\t\t3", "the document id is empty")]
    [InlineData("topical\t物业 管理\tdoc-1\t4", "the grade '4' is not a whole number from 0 to 3")]
    [InlineData("topical\t物业 管理\tdoc-1\t-1", "the grade '-1'")]
    [InlineData("topical\t物业 管理\tdoc-1\thigh", "the grade 'high'")]
    public void A_malformed_line_is_rejected_with_file_and_line(string bad, string reason)
    {
        string[] lines = ["# header", "topical\t物业 管理\tdoc-0\t3", bad];

        var error = Assert.Throws<PolicySearchException>(() => Judgments.Parse(lines, "j.tsv"));

        Assert.Equal(ErrorCodes.JudgmentsInvalid, error.Code);
        Assert.Equal("j.tsv:3", error.Target);
        Assert.StartsWith("j.tsv:3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_judged_twice_for_one_query_is_rejected()
    {
        string[] lines = ["topical\t物业 管理\tdoc-1\t3", "topical\t物业 管理\tdoc-1\t1"];

        var error = Assert.Throws<PolicySearchException>(() => Judgments.Parse(lines, "j.tsv"));

        Assert.Equal("j.tsv:2: the document 'doc-1' is judged twice for the query '物业 管理'.", error.Message);
    }

    [Fact]
    public void A_query_judged_under_two_kinds_is_rejected()
    {
        string[] lines = ["title\t公司法\tdoc-1\t3", "shortTitle\t公司法\tdoc-1\t3"];

        var error = Assert.Throws<PolicySearchException>(() => Judgments.Parse(lines, "j.tsv"));

        Assert.Equal("j.tsv:2: the query '公司法' is already judged as kind 'title'.", error.Message);
    }

    [Fact]
    public void A_query_without_a_relevant_document_is_rejected_at_its_first_line()
    {
        string[] lines = ["topical\t就业 补贴\tdoc-1\t3", "topical\t物业 管理\tdoc-1\t1", "topical\t物业 管理\tdoc-2\t0"];

        var error = Assert.Throws<PolicySearchException>(() => Judgments.Parse(lines, "j.tsv"));

        Assert.Equal("j.tsv:2: the query '物业 管理' has no document graded 2 or more.", error.Message);
    }

    [Fact]
    public async Task A_missing_file_is_reported_by_name()
    {
        var error = await Assert.ThrowsAsync<PolicySearchException>(() => Judgments.LoadAsync("/no/such/judgments.tsv"));

        Assert.Equal(ErrorCodes.JudgmentsNotFound, error.Code);
        Assert.Contains("/no/such/judgments.tsv", error.Message, StringComparison.Ordinal);
    }
}
