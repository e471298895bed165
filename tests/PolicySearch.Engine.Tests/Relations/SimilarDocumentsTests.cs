using PolicySearch.Core.Errors;
using PolicySearch.Core.Relations;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.Engine.Tests.Relations.RelationDocuments;

namespace PolicySearch.Engine.Tests.Relations;

public sealed class SimilarDocumentsTests : IDisposable
{
    private const string PatentLaw = "中华人民共和国专利保护法";

    private readonly TestIndex _index = new(
        Dated("patent-2010", PatentLaw, new DateOnly(2010, 1, 1), "专利申请人应当提交专利申请文件。专利行政部门审查专利申请，授予专利权。", Core.Documents.Validity.Amended),
        Dated("patent-2020", PatentLaw, new DateOnly(2020, 1, 1), "专利申请人应当提交专利申请文件。专利行政部门审查专利申请，授予专利权，保护专利权人权益。"),
        Dated("patent-agency", "专利代理管理办法", new DateOnly(2019, 1, 1), "专利代理机构接受委托，办理专利申请，维护专利权人权益。"),
        Dated("patent-fees", "专利收费标准", new DateOnly(2018, 1, 1), "专利申请人缴纳专利申请费用，专利权人缴纳年费。"),
        Dated("river", "河道环境保护条例", new DateOnly(2017, 1, 1), "保护河道生态环境，治理河道污染，禁止向河道倾倒垃圾。"),
        Dated("air", "大气污染防治办法", new DateOnly(2016, 1, 1), "治理大气污染，改善生态环境，减少污染排放。"),
        Dated("forest", "森林生态保护规定", new DateOnly(2015, 1, 1), "保护森林生态环境，禁止乱砍滥伐，治理水土流失。"),
        Dated("school", "学校食堂管理规定", new DateOnly(2014, 1, 1), "学校食堂应当保证学生饮食安全，定期检查食品。"));

    public void Dispose() => _index.Dispose();

    private List<string> SimilarIds(string id, int size = 10, bool includeVersions = false) =>
        _index.Reader.FindSimilar(new SimilarRequest(id, size, includeVersions))!.Hits.Select(hit => hit.Id).ToList();

    [Fact]
    public void Documents_sharing_topic_words_come_first_and_the_document_itself_never()
    {
        var ids = SimilarIds("patent-2020");

        Assert.DoesNotContain("patent-2020", ids);
        Assert.Equal(["patent-agency", "patent-fees"], ids.Take(2).Order());
        Assert.DoesNotContain("school", ids);
    }

    [Fact]
    public void Other_versions_are_left_out_unless_asked_for()
    {
        Assert.DoesNotContain("patent-2010", SimilarIds("patent-2020"));
        Assert.Equal("patent-2010", SimilarIds("patent-2020", includeVersions: true)[0]);
    }

    [Fact]
    public void Hits_carry_title_issuer_date_validity_and_a_score_best_first()
    {
        var similar = _index.Reader.FindSimilar(new SimilarRequest("river"))!;

        Assert.Equal("river", similar.Id);
        var top = similar.Hits[0];
        Assert.True(top.Id is "air" or "forest", top.Id);
        Assert.True(top.Score > 0);
        Assert.Equal(similar.Hits.OrderByDescending(hit => hit.Score).Select(hit => hit.Id), similar.Hits.Select(hit => hit.Id));
        var air = similar.Hits.Single(hit => hit.Id == "air");
        Assert.Equal(("大气污染防治办法", new DateOnly(2016, 1, 1), Core.Documents.Validity.Valid), (air.Title, air.PublishedDate!.Value, air.Validity));
    }

    [Fact]
    public void Size_limits_the_hits()
    {
        Assert.Single(SimilarIds("patent-2020", size: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SimilarRequest.MaxSize + 1)]
    public void A_size_out_of_range_is_a_paging_fault_naming_size(int size)
    {
        var fault = Assert.Throws<PolicySearchException>(() => _index.Reader.FindSimilar(new SimilarRequest("river", size)));

        Assert.Equal((ErrorCodes.PagingOutOfRange, "size"), (fault.Code, fault.Target));
    }

    [Fact]
    public void An_unknown_id_has_no_similar_documents()
    {
        Assert.Null(_index.Reader.FindSimilar(new SimilarRequest("no-such-document")));
    }
}
