using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Tests.Support;

namespace PolicySearch.Engine.Tests.Searching;

/// <summary>Filters, facets and sorting on the sample archive, checked against counts made by brute force.</summary>
[Collection(SharedSampleIndex.Name)]
public sealed class FacetTests(SampleIndexFixture sample)
{
    private static readonly SearchFilters Laws = SearchFilters.None.With(FilterFields.Category, "法律");

    private SearchResults Search(string query, SearchFilters filters, int facetSize = 100, SearchSort sort = SearchSort.Relevance) =>
        sample.Reader.Search(new SearchRequest(query, 1, 100) { Filters = filters, FacetSize = facetSize, Sort = sort });

    [Fact]
    public void Browsing_with_a_filter_and_no_words_counts_every_matching_document()
    {
        var results = Search(string.Empty, Laws);

        Assert.Equal(sample.Documents.Count(d => d.Category == "法律"), results.Total);
    }

    [Fact]
    public void Facets_are_keyed_by_the_filter_fields_api_names_in_their_order()
    {
        var results = Search("条例", SearchFilters.None.With(FilterFields.Year, "2019"));

        Assert.Equal(FilterFields.All.Select(field => field.Name), results.Facets.Keys);
    }

    [Fact]
    public void Facet_counts_equal_a_brute_force_count_of_the_results()
    {
        var results = Search(string.Empty, SearchFilters.None.With(FilterFields.Validity, "valid", "repealed"));
        var matching = sample.Documents.Where(d => d.Validity is Validity.Valid or Validity.Repealed).ToList();

        AssertCounts(results.Facets["issuer"], matching.Select(d => d.Issuer));
        AssertCounts(results.Facets["category"], matching.Select(d => d.Category));
        AssertCounts(results.Facets["year"], matching.Select(d => (d.PublishedDate ?? d.WrittenDate)?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(matching.Count, results.Total);
    }

    [Fact]
    public void A_filtered_field_is_counted_as_if_its_own_filter_were_absent()
    {
        var results = Search(string.Empty, Laws);

        AssertCounts(results.Facets["category"], sample.Documents.Select(d => d.Category));
        AssertCounts(results.Facets["validity"], sample.Documents.Where(d => d.Category == "法律").Select(d => FacetName(d.Validity)));
    }

    [Fact]
    public void Several_values_of_one_facet_are_alternatives_and_facets_narrow_each_other()
    {
        var filters = SearchFilters.None.With(FilterFields.Category, "法律", "行政法规").With(FilterFields.Year, "2019", "2020");

        var results = Search(string.Empty, filters);

        var expected = sample.Documents.Count(d => d.Category is "法律" or "行政法规" && (d.PublishedDate ?? d.WrittenDate)?.Year is 2019 or 2020);
        Assert.Equal(expected, results.Total);
    }

    [Fact]
    public void Filters_combine_with_the_query()
    {
        var results = Search("行政复议", SearchFilters.None.With(FilterFields.Validity, "有效"));

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.Equal(Validity.Valid, hit.Validity));
    }

    [Fact]
    public void A_published_date_range_filter_keeps_dates_in_range()
    {
        var range = new DateRange(new DateOnly(2018, 11, 1), new DateOnly(2018, 12, 31));

        var results = Search(string.Empty, new SearchFilters { Published = range });

        Assert.Equal(sample.Documents.Count(d => d.PublishedDate >= range.From && d.PublishedDate <= range.To), results.Total);
    }

    [Fact]
    public void Newest_and_oldest_sort_by_published_date_with_undated_documents_last()
    {
        var newest = Search("条例", SearchFilters.None, sort: SearchSort.Newest).Hits;
        var oldest = Search("条例", SearchFilters.None, sort: SearchSort.Oldest).Hits;

        Assert.Equal(newest.Select(h => h.PublishedDate).Where(d => d is not null).OrderByDescending(d => d), newest.Select(h => h.PublishedDate).Where(d => d is not null));
        Assert.Equal(oldest.Select(h => h.PublishedDate).Where(d => d is not null).OrderBy(d => d), oldest.Select(h => h.PublishedDate).Where(d => d is not null));
    }

    [Fact]
    public void In_force_on_a_date_excludes_repealed_and_later_documents()
    {
        var day = new DateOnly(2010, 1, 1);

        var results = Search(string.Empty, new SearchFilters { InForceOn = day }.With(FilterFields.Category, "法律"));

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.NotEqual(Validity.Repealed, hit.Validity));
        Assert.All(results.Hits, hit => Assert.True((hit.PublishedDate ?? DateOnly.MinValue) <= day || sample.Documents.Single(d => d.Id == hit.Id).EffectiveDate <= day));
    }

    private static void AssertCounts(IReadOnlyList<FacetValue> facet, IEnumerable<string?> values)
    {
        var expected = values.OfType<string>().Where(v => v.Length > 0).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var top = expected.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(facet.Count);
        Assert.Equal(top.Select(pair => new FacetValue(pair.Key, pair.Value)), facet);
    }

    private static string FacetName(Validity validity) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(validity.ToString());
}
