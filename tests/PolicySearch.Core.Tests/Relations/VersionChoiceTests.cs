using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;

namespace PolicySearch.Core.Tests.Relations;

public class VersionChoiceTests
{
    private static readonly PolicyDocument V2017 = Version("v2017", new DateOnly(2017, 9, 1), Validity.Amended);
    private static readonly PolicyDocument V2023 = Version("v2023", new DateOnly(2023, 9, 1), Validity.Valid);
    private static readonly PolicyDocument[] Both = [V2023, V2017];

    private static PolicyDocument Version(string id, DateOnly? published, Validity validity) =>
        new() { Id = id, Title = "中华人民共和国行政复议法", Body = "……", PublishedDate = published, Validity = validity };

    [Theory]
    [InlineData(2017, 9, 1, "v2017")]
    [InlineData(2020, 1, 1, "v2017")]
    [InlineData(2023, 8, 31, "v2017")]
    [InlineData(2023, 9, 1, "v2023")]
    [InlineData(2025, 1, 1, "v2023")]
    public void The_latest_version_dated_on_or_before_the_citing_date_is_chosen(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VersionChoice.Choose(Both, new DateOnly(year, month, day))!.Id);
    }

    [Fact]
    public void A_citing_document_older_than_every_version_gets_the_version_in_force()
    {
        Assert.Equal("v2023", VersionChoice.Choose(Both, new DateOnly(2001, 1, 1))!.Id);
    }

    [Fact]
    public void An_undated_citing_document_gets_the_version_in_force()
    {
        Assert.Equal("v2023", VersionChoice.Choose([V2017, V2023], null)!.Id);
    }

    [Fact]
    public void Without_a_version_in_force_the_latest_is_chosen()
    {
        var repealed = Version("old", new DateOnly(2000, 1, 1), Validity.Repealed);

        Assert.Equal("v2017", VersionChoice.Choose([repealed, V2017], null)!.Id);
    }

    [Fact]
    public void Versions_of_the_same_date_prefer_the_one_in_force()
    {
        var amended = Version("a", new DateOnly(1997, 5, 8), Validity.Amended);
        var valid = Version("b", new DateOnly(1997, 5, 8), Validity.Valid);

        Assert.Equal("b", VersionChoice.Choose([amended, valid], new DateOnly(2000, 1, 1))!.Id);
    }

    [Fact]
    public void No_versions_choose_nothing()
    {
        Assert.Null(VersionChoice.Choose([], new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Date_order_is_oldest_first_with_undated_last()
    {
        var undated = Version("undated", null, Validity.Unknown);

        Assert.Equal(["v2017", "v2023", "undated"], VersionChoice.InDateOrder([undated, V2023, V2017]).Select(v => v.Id));
    }

    [Fact]
    public void A_version_is_dated_by_publication_then_effect_then_writing()
    {
        var effective = new PolicyDocument { Id = "e", Title = "t", Body = "b", EffectiveDate = new DateOnly(2020, 1, 1), WrittenDate = new DateOnly(2019, 1, 1) };

        Assert.Equal(new DateOnly(2020, 1, 1), VersionChoice.VersionDate(effective));
        Assert.Equal(new DateOnly(2019, 1, 1), VersionChoice.CitingDate(effective));
    }
}
