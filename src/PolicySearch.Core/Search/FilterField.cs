using System.Globalization;
using System.Text.Json;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Search;

/// <summary>
/// A field results can be filtered and counted by, described once: <see cref="Name"/> is its API parameter, its facet
/// key in the JSON, its CLI option (<c>--name</c>) and, with <see cref="QueryNames"/>, its prefix in the query language.
/// <see cref="Kind"/> says how its values are read. The engine maps it to its index field (Engine's FilterIndexFields).
/// </summary>
/// <param name="Label">Its name on the search page (发布机构).</param>
public sealed record FilterField(string Name, string Label, FilterValueKind Kind)
{
    /// <summary>Its prefixes in the query language, English first; empty when the query language has no clause for it.</summary>
    public IReadOnlyList<string> QueryNames { get; init; } = [];

    /// <summary>How a clause on it in the query language matches.</summary>
    public FieldClauseMatch ClauseMatch { get; init; } = FieldClauseMatch.Exact;

    /// <summary>
    /// A value as typed in its indexed form (valid for 有效, the cleaned text of a name); null when nothing is left of it.
    /// False, with the reason naming the value, when the value is not one of this field's.
    /// </summary>
    public bool TryNormalize(string text, out string? value, out string? fault)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = MetadataText.Clean(text);
        fault = null;
        if (value is null)
        {
            return true;
        }

        switch (Kind)
        {
            case FilterValueKind.Validity when ValidityParser.TryParseTyped(value, out var validity):
                value = JsonNamingPolicy.CamelCase.ConvertName(validity.ToString());
                return true;
            case FilterValueKind.Validity:
                fault = ValidityParser.NotAValidity(value);
                break;
            case FilterValueKind.Year when value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000:
                return true;
            case FilterValueKind.Year:
                fault = $"{Name} must be a four-digit year; it was '{(value.Length <= 20 ? value : string.Concat(value.AsSpan(0, 20), "…"))}'.";
                break;
            default:
                return true;
        }

        value = null;
        return false;
    }

    /// <summary>Like <see cref="TryNormalize"/>, refusing a value that is not one of this field's with a <see cref="ErrorCodes.FilterInvalid"/> fault.</summary>
    public string? Normalize(string text) => TryNormalize(text, out var value, out var fault)
        ? value
        : throw new PolicySearchException(ErrorCodes.FilterInvalid, fault!) { Target = Name };
}
