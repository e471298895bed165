using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

public class FilterFieldTests
{
    [Theory]
    [InlineData("validity", "有效", "valid")]
    [InlineData("validity", "NotYetEffective", "notYetEffective")]
    [InlineData("year", "2019", "2019")]
    [InlineData("issuer", "  国务院\u3000办公厅 ", "国务院 办公厅")]
    [InlineData("category", "   ", null)]
    public void A_value_is_read_by_its_fields_kind_into_its_indexed_form(string name, string typed, string? expected)
    {
        var field = FilterFields.All.Single(field => field.Name == name);

        Assert.Equal(expected, field.Normalize(typed));
    }

    [Theory]
    [InlineData("validity", "bogus", "'bogus' is not a validity")]
    [InlineData("year", "19", "year must be a four-digit year; it was '19'.")]
    [InlineData("year", "0999", "year must be a four-digit year")]
    public void A_value_not_of_the_field_is_refused_naming_the_field_and_the_value(string name, string typed, string message)
    {
        var field = FilterFields.All.Single(field => field.Name == name);

        var fault = Assert.Throws<PolicySearchException>(() => field.Normalize(typed));

        Assert.Equal(ErrorCodes.FilterInvalid, fault.Code);
        Assert.Equal(name, fault.Target);
        Assert.Contains(message, fault.Message, StringComparison.Ordinal);
        Assert.False(field.TryNormalize(typed, out _, out var reason));
        Assert.Equal(fault.Message, reason);
    }

    [Fact]
    public void Every_field_has_one_name_used_once_and_query_names_starting_with_it()
    {
        Assert.Equal(FilterFields.All.Count, FilterFields.All.Select(field => field.Name).Distinct().Count());
        Assert.All(FilterFields.All.Where(field => field.QueryNames.Count > 0), field => Assert.Equal(field.Name, field.QueryNames[0]));
    }

    [Fact]
    public void Filters_hold_each_fields_values_and_are_empty_without_any()
    {
        var filters = SearchFilters.None.With(FilterFields.Issuer, "国务院").With(FilterFields.Issuer, "国务院", "教育部");

        Assert.Equal(["国务院", "教育部"], filters[FilterFields.Issuer]);
        Assert.Empty(filters[FilterFields.Topic]);
        Assert.False(filters.IsEmpty);
        Assert.True(SearchFilters.None.With(FilterFields.Topic).IsEmpty);
    }
}
