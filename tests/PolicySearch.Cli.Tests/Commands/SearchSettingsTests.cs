using System.Reflection;
using PolicySearch.Cli.Commands;
using PolicySearch.Core.Search;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Tests.Commands;

public class SearchSettingsTests
{
    [Fact]
    public void Every_filter_field_has_an_option_of_its_name_handed_to_its_parser()
    {
        var options = typeof(SearchSettings).GetProperties()
            .SelectMany(property => property.GetCustomAttributes<CommandOptionAttribute>())
            .SelectMany(option => option.LongNames)
            .ToList();

        Assert.All(FilterFields.All, field => Assert.Contains(field.Name, options));
        Assert.Equal(FilterFields.All, new SearchSettings().FilterOptions.Select(option => option.Field));
    }

    [Fact]
    public void Filter_options_become_the_requests_filters()
    {
        var settings = new SearchSettings { QueryWords = ["通知"], Validities = ["有效"], Years = ["2019", "2020"] };

        var filters = settings.ToRequest().Filters;

        Assert.Equal(["有效"], filters[FilterFields.Validity]);
        Assert.Equal(["2019", "2020"], filters[FilterFields.Year]);
        Assert.Empty(filters[FilterFields.Issuer]);
    }
}
