using PolicySearch.Core.Citations;
using PolicySearch.Core.Relations;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.Engine.Tests.Relations.RelationDocuments;

namespace PolicySearch.Engine.Tests.Relations;

public sealed class DocumentRelationsTests : IDisposable
{
    private readonly TestIndex _index = new(All);

    public void Dispose() => _index.Dispose();

    private DocumentDetails Details(string id) => _index.Reader.FindDetails(id) ?? throw new InvalidOperationException($"No document {id}.");

    [Fact]
    public void The_details_carry_the_document_itself()
    {
        Assert.Equal(A, Details("a").Document);
    }

    [Fact]
    public void References_resolve_by_title_and_by_number_and_unknown_ones_stay_text()
    {
        var cites = Details("a").Cites;

        Assert.Equal(
            [
                new CitationLink("《示范管理法》", CitationKind.Title, "b-2021", BTitle),
                new CitationLink("《国务院关于示范工作的意见》", CitationKind.Title, "c", "国务院关于示范工作的意见"),
                new CitationLink("《尚未收录的规定》", CitationKind.Title),
            ],
            cites);
    }

    [Fact]
    public void A_reference_means_the_version_in_force_at_the_citing_date()
    {
        Assert.Equal("b-2015", Assert.Single(Details("old").Cites).Id);
        Assert.Equal("b-2021", Details("a").Cites[0].Id);
    }

    [Fact]
    public void An_undated_reference_means_the_version_in_force()
    {
        Assert.Equal(["b-2021", "c"], Details("undated").Cites.Select(link => link.Id));
    }

    [Fact]
    public void Cited_by_lists_the_documents_whose_reference_means_this_version_newest_first()
    {
        var latest = Details("b-2021");
        var earlier = Details("b-2015");

        Assert.Equal(["a", "undated"], latest.CitedBy.Select(reference => reference.Id));
        Assert.Equal(2, latest.CitedByTotal);
        Assert.Equal(["old"], earlier.CitedBy.Select(reference => reference.Id));
        Assert.Equal(new DocumentReference("old", "示范管理实施细则", new DateOnly(2018, 3, 1), Core.Documents.Validity.Valid), earlier.CitedBy[0]);
    }

    [Fact]
    public void Cited_by_a_document_number_counts_as_cited()
    {
        var details = Details("c");

        Assert.Equal(["a", "undated"], details.CitedBy.Select(reference => reference.Id));
    }

    [Fact]
    public void Versions_are_the_other_documents_of_the_same_title_in_date_order()
    {
        using var index = new TestIndex([.. All, Dated("b-2024", BTitle, new DateOnly(2024, 1, 1), "修正后的示范管理法。", Core.Documents.Validity.NotYetEffective)]);

        var versions = index.Reader.FindDetails("b-2021")!.Versions;

        Assert.Equal(["b-2015", "b-2024"], versions.Select(version => version.Id));
        Assert.Equal(Core.Documents.Validity.Amended, versions[0].Validity);
        Assert.Empty(Details("a").Versions);
    }

    [Theory]
    [InlineData("示范登记法", "根据《中华人民共和国示范登记法》，制定本办法。")]
    [InlineData("中华人民共和国示范登记法", "根據《中華人民共和國示範登記法》，制定本辦法。")]
    [InlineData("中华人民共和国示范登记法", "根据《示范登记法》，制定本办法。")]
    public void A_title_is_found_with_or_without_the_country_prefix_and_in_either_script(string lawTitle, string citingBody)
    {
        using var index = new TestIndex(
            Dated("law", lawTitle, new DateOnly(2010, 1, 1), "登记。"),
            Dated("citer", "示范登记办法", new DateOnly(2012, 1, 1), citingBody));

        Assert.Equal("law", Assert.Single(index.Reader.FindDetails("citer")!.Cites).Id);
        Assert.Equal(["citer"], index.Reader.FindDetails("law")!.CitedBy.Select(reference => reference.Id));
    }

    [Fact]
    public void Cited_by_is_capped_but_counts_every_citing_document()
    {
        var citing = Enumerable.Range(1, DocumentDetails.MaxCitedBy + 5)
            .Select(day => Dated($"citer-{day:000}", $"第{day}号示范通知", new DateOnly(2022, 1, 1).AddDays(day), "依照《示范管理法》办理。"));
        using var index = new TestIndex([B2021, .. citing]);

        var details = index.Reader.FindDetails("b-2021")!;

        Assert.Equal(DocumentDetails.MaxCitedBy + 5, details.CitedByTotal);
        Assert.Equal(DocumentDetails.MaxCitedBy, details.CitedBy.Count);
        Assert.Equal("citer-055", details.CitedBy[0].Id);
    }

    [Fact]
    public void An_unknown_id_has_no_details()
    {
        Assert.Null(_index.Reader.FindDetails("no-such-document"));
    }
}
