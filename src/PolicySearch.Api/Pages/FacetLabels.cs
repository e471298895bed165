using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>The facets in the order the filter panel shows them, with their Chinese names, and how their values read.</summary>
internal static class FacetLabels
{
    /// <summary>The panel's order; a field not named here comes after these.</summary>
    private static readonly FilterField[] PanelOrder = [FilterFields.Validity, FilterFields.Issuer, FilterFields.Year, FilterFields.Category, FilterFields.Topic, FilterFields.Source];

    public static IReadOnlyList<(string Name, string Label)> Facets { get; } = FilterFields.All
        .OrderBy(field => Array.IndexOf(PanelOrder, field) is var position and >= 0 ? position : PanelOrder.Length)
        .Select(field => (field.Name, field.Label))
        .ToList();

    public static string Value(string facet, string value) =>
        FilterFields.All.FirstOrDefault(field => field.Name == facet)?.Kind == FilterValueKind.Validity && Enum.TryParse<Validity>(value, ignoreCase: true, out var validity)
            ? PageText.ValidityLabel(validity) ?? "未知"
            : value;
}
