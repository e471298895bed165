using System.ComponentModel;
using PolicySearch.Core.Search;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySearch.Cli.Commands;

public sealed class SearchSettings : IndexCommandSettings
{
    [CommandArgument(0, "[QUERY]")]
    [Description("Words are ANDed; \"quoted phrases\" match exactly; -word excludes; OR between alternatives; title:, issuer:, docno:, category:, validity:, topic:, published:2018..2020. A 文号 or exact title ranks its document first. May be empty when a filter option is given.")]
    public string[] QueryWords { get; init; } = [];

    [CommandOption("--top <N>")]
    [Description("Results per page, 1 to 100 (default 10).")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;

    [CommandOption("--page <N>")]
    [Description("Page of results, from 1 (default 1).")]
    [DefaultValue(1)]
    public int Page { get; init; } = 1;

    // One option per filter field, named --{FilterField.Name}: Spectre.Console.Cli takes options only as attributed
    // properties. FilterOptions hands them to the fields' own parser; a test checks every field has its option.
    [CommandOption("--issuer <ISSUER>")]
    [Description("Only documents of this issuer (repeat for alternatives).")]
    public string[] Issuers { get; init; } = [];

    [CommandOption("--category <CATEGORY>")]
    [Description("Only documents of this category, e.g. 法律 (repeatable).")]
    public string[] Categories { get; init; } = [];

    [CommandOption("--validity <VALIDITY>")]
    [Description("valid/有效, amended/已修改, repealed/已废止, notYetEffective/尚未生效 (repeatable).")]
    public string[] Validities { get; init; } = [];

    [CommandOption("--topic <TOPIC>")]
    [Description("Only documents of this 主题分类 (repeatable).")]
    public string[] Topics { get; init; } = [];

    [CommandOption("--source <SOURCE>")]
    [Description("Only documents from this source (repeatable).")]
    public string[] Sources { get; init; } = [];

    [CommandOption("--year <YEAR>")]
    [Description("Only documents published in this year (repeatable).")]
    public string[] Years { get; init; } = [];

    [CommandOption("--from <DATE>")]
    [Description("Published on or after this date (yyyy-MM-dd).")]
    public DateOnly? PublishedFrom { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Published on or before this date (yyyy-MM-dd).")]
    public DateOnly? PublishedTo { get; init; }

    [CommandOption("--in-force-on <DATE>")]
    [Description("Only documents in force on this date (yyyy-MM-dd).")]
    public DateOnly? InForceOn { get; init; }

    [CommandOption("--sort <ORDER>")]
    [Description("relevance (default), newest or oldest.")]
    [DefaultValue(SearchSort.Relevance)]
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    [CommandOption("--facets")]
    [Description("Also print the facet counts.")]
    public bool ShowFacets { get; init; }

    [CommandOption("--explain")]
    [Description("Also print how the query was understood.")]
    public bool Explain { get; init; }

    [CommandOption("--literal")]
    [Description("Search the words exactly as typed: no question reading, no everyday-word mapping.")]
    public bool Literal { get; init; }

    [CommandOption("--json")]
    [Description("Print the same JSON as GET /api/search.")]
    public bool Json { get; init; }

    public string Query => string.Join(' ', QueryWords);

    public SearchRequest ToRequest() => new(Query, Page, Top)
    {
        Filters = FilterOptions.Aggregate(
            new SearchFilters
            {
                Published = PublishedFrom is null && PublishedTo is null ? null : new DateRange(PublishedFrom, PublishedTo),
                InForceOn = InForceOn,
            },
            (filters, option) => filters.With(option.Field, option.Values)),
        Sort = Sort,
        Explain = Explain,
        Literal = Literal,
    };

    /// <summary>The values given for each filter field's option.</summary>
    internal IReadOnlyList<(FilterField Field, IEnumerable<string> Values)> FilterOptions =>
    [
        (FilterFields.Issuer, Issuers),
        (FilterFields.Category, Categories),
        (FilterFields.Validity, Validities),
        (FilterFields.Topic, Topics),
        (FilterFields.Source, Sources),
        (FilterFields.Year, Years),
    ];

    public override ValidationResult Validate()
    {
        if (Top is < 1 or > SearchRequest.MaxSize)
        {
            return ValidationResult.Error($"--top must be between 1 and {SearchRequest.MaxSize}; it was {Top}.");
        }

        return Page is < 1 or > SearchRequest.MaxPage
            ? ValidationResult.Error($"--page must be between 1 and {SearchRequest.MaxPage}; it was {Page}.")
            : ValidationResult.Success();
    }
}
