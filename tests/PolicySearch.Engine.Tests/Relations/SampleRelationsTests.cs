using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PolicySearch.Core.Citations;
using PolicySearch.Core.Relations;
using PolicySearch.Engine.Relations;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Relations;

/// <summary>Citations, versions and similar documents on the shipped sample archive.</summary>
public sealed class SampleRelationsTests(SampleIndexFixture sample) : IClassFixture<SampleIndexFixture>
{
    // 中华人民共和国行政复议法: the 2017 version (已修改) and the 2023 version (有效).
    private const string ReviewLaw2017 = "lrb-94d80fa2839d8b23";
    private const string ReviewLaw2023 = "lrb-8a0fadb076bb5727";

    private DocumentDetails Details(string id) => sample.Reader.FindDetails(id)!;

    private List<string> SimilarIds(string id, bool includeVersions = false) =>
        sample.Reader.FindSimilar(new SimilarRequest(id, 10, includeVersions))!.Hits.Select(hit => hit.Id).ToList();

    [Fact]
    public void The_versions_of_the_administrative_review_law_link_to_each_other()
    {
        Assert.Equal([ReviewLaw2023], Details(ReviewLaw2017).Versions.Select(version => version.Id));
        Assert.Equal([ReviewLaw2017], Details(ReviewLaw2023).Versions.Select(version => version.Id));
    }

    [Fact]
    public void Three_versions_of_a_judicial_interpretation_are_listed_oldest_first()
    {
        var versions = Details("lrb-a8831615d305b3d9").Versions;

        Assert.Equal(["lrb-0bb371b0bdfdb9c5", "lrb-9bc94ebc640a35e6"], versions.Select(version => version.Id));
        Assert.Equal([new DateOnly(2020, 12, 29), new DateOnly(2022, 4, 4)], versions.Select(version => version.PublishedDate!.Value));
    }

    [Fact]
    public void Shanghai_regulations_cite_the_review_law_version_in_force_when_they_were_made()
    {
        // 上海市公园管理条例 (2017-11-23), 上海市拆除违法建筑若干规定 (2018-05-24), 上海市市容环境卫生管理条例 (2018-12-20)
        // cite 《中华人民共和国行政复议法》 after the 2017 version; 上海市劳动合同条例 (2001) predates both and means the one in force.
        var citing2017 = Details(ReviewLaw2017).CitedBy.Select(reference => reference.Id).ToList();
        var citing2023 = Details(ReviewLaw2023).CitedBy.Select(reference => reference.Id).ToList();

        Assert.Equal(["lrb-3de03b0dc4b7c8ad", "lrb-2ee94a6b1451e162", "lrb-9bf338e5949b8514"], citing2017);
        Assert.Contains("lrb-06af2d95ba3bb694", citing2023);
        Assert.Empty(citing2017.Intersect(citing2023));
    }

    [Fact]
    public void A_cited_law_title_resolves_to_the_indexed_law()
    {
        // 交通警察道路执勤执法工作规范 cites 《中华人民共和国道路交通安全法》 and other rules in the sample.
        var cites = Details("lrb-3de3c102c61f83d4").Cites;

        Assert.Contains(new CitationLink("《中华人民共和国道路交通安全法》", CitationKind.Title, "lrb-7c115ea4bb5425b9", "中华人民共和国道路交通安全法"), cites);
        Assert.Contains(cites, link => link.Id == "lrb-19d797596b022a31" && link.Text == "《道路交通安全法实施条例》");
        Assert.Contains("lrb-3de3c102c61f83d4", Details("lrb-7c115ea4bb5425b9").CitedBy.Select(reference => reference.Id));
    }

    [Fact]
    public void A_cited_order_number_resolves_to_the_earlier_version()
    {
        // The 2018 专利代理条例 (国令第706号) says it replaces the one of 1991 (国务院令第76号).
        var link = Details("govcn-5341736").Cites[0];

        Assert.Equal(new CitationLink("国务院令第76号", CitationKind.DocumentNumber, "lrb-ab83b4e2b3c9b614", "专利代理条例"), link);
    }

    [Fact]
    public void Similar_documents_leave_out_the_document_and_its_versions_unless_asked()
    {
        var ids = SimilarIds(ReviewLaw2023);

        Assert.Equal(10, ids.Count);
        Assert.DoesNotContain(ReviewLaw2023, ids);
        Assert.DoesNotContain(ReviewLaw2017, ids);
        Assert.Equal(ReviewLaw2017, SimilarIds(ReviewLaw2023, includeVersions: true)[0]);
    }

    [Fact]
    public void Similar_documents_share_the_topic_of_the_document()
    {
        var bodies = SimilarIds("govcn-5341736").Take(3).Select(id => sample.Reader.FindDocument(id)!.Body);

        Assert.All(bodies, body => Assert.Contains("专利", body, StringComparison.Ordinal));
    }

    [Fact]
    public void More_like_this_picks_topic_words_and_no_function_words_or_single_characters()
    {
        using var directory = FSDirectory.Open(sample.Reader.Path);
        using var reader = DirectoryReader.Open(directory);
        var law = sample.Reader.FindDocument(ReviewLaw2023)!;

        var query = (BooleanQuery)ChineseMoreLikeThis.Like(reader, law.Title, law.Body);
        var words = query.Clauses.Select(clause => ((TermQuery)clause.Query).Term.Text).ToList();

        Assert.InRange(words.Count, 10, ChineseMoreLikeThis.MaxQueryTerms);
        Assert.All(words, word => Assert.True(word.Length >= 2, word));
        Assert.Empty(words.Intersect(SimilarityStopWords.Words));
        Assert.Contains("复议", words);
    }
}
