using PolicySearch.Core.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Tests.Searching;

public class FilterIndexFieldsTests
{
    [Fact]
    public void Every_filter_field_has_a_keyword_field_and_a_contains_clause_its_bigram_field()
    {
        Assert.All(FilterFields.All, field => Assert.False(string.IsNullOrEmpty(FilterIndexFields.Keyword(field))));
        Assert.All(
            FilterFields.All.Where(field => field.QueryNames.Count > 0 && field.ClauseMatch == FieldClauseMatch.Contains),
            field => Assert.True(IndexFields.IsBigramField(FilterIndexFields.Bigram(field)), field.Name));
        Assert.Equal(FilterFields.All.Count, FilterIndexFields.FacetFields.Distinct().Count());
    }
}
