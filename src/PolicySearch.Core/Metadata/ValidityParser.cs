using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Metadata;

/// <summary>Maps the 有效性 labels of the sources (Simplified and Traditional) to <see cref="Validity"/>.</summary>
public static class ValidityParser
{
    private static readonly Dictionary<string, Validity> _labels = new(StringComparer.Ordinal)
    {
        ["有效"] = Validity.Valid,
        ["现行有效"] = Validity.Valid,
        ["現行有效"] = Validity.Valid,
        ["已修改"] = Validity.Amended,
        ["已被修改"] = Validity.Amended,
        ["修改"] = Validity.Amended,
        ["已修正"] = Validity.Amended,
        ["修正"] = Validity.Amended,
        // Partly repealed text is still partly in force: it behaves like an amended version, not a repealed one.
        ["部分失效"] = Validity.Amended,
        ["部分废止"] = Validity.Amended,
        ["部分廢止"] = Validity.Amended,
        ["已废止"] = Validity.Repealed,
        ["废止"] = Validity.Repealed,
        ["已廢止"] = Validity.Repealed,
        ["廢止"] = Validity.Repealed,
        ["失效"] = Validity.Repealed,
        ["已失效"] = Validity.Repealed,
        ["尚未生效"] = Validity.NotYetEffective,
        ["未生效"] = Validity.NotYetEffective,
        ["尚未施行"] = Validity.NotYetEffective,
        ["未施行"] = Validity.NotYetEffective,
    };

    /// <summary>Returns the validity for a label; empty or unrecognized text gives <see cref="Validity.Unknown"/>.</summary>
    public static Validity Parse(string? text)
    {
        if (text is null)
        {
            return Validity.Unknown;
        }

        var compact = MetadataText.Compact(text);
        return _labels.TryGetValue(compact, out var validity) ? validity : Validity.Unknown;
    }

    /// <summary>
    /// A validity as a user types it, in a filter or a <c>validity:</c> clause: its English name in any case (valid,
    /// notYetEffective, unknown) or a label (有效, 已废止, 未知). False for anything else.
    /// </summary>
    public static bool TryParseTyped(string text, out Validity validity)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var named in Enum.GetValues<Validity>())
        {
            if (named.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                validity = named;
                return true;
            }
        }

        validity = Parse(text);
        return validity != Validity.Unknown || MetadataText.Compact(text) == Label(Validity.Unknown);
    }

    /// <summary>Why <paramref name="text"/> is refused by <see cref="TryParseTyped"/>, naming the values accepted.</summary>
    public static string NotAValidity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 20), "…");
        return $"'{shown}' is not a validity: use 有效/valid, 已修改/amended, 已废止/repealed, 尚未生效/notYetEffective or 未知/unknown.";
    }

    /// <summary>The Simplified Chinese label shown to users.</summary>
    public static string Label(Validity validity) => validity switch
    {
        Validity.Valid => "有效",
        Validity.Amended => "已修改",
        Validity.Repealed => "已废止",
        Validity.NotYetEffective => "尚未生效",
        _ => "未知",
    };
}
