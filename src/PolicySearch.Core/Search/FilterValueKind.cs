namespace PolicySearch.Core.Search;

/// <summary>How the values of a filter field are read: each kind has one parser, used by every host and the engine.</summary>
public enum FilterValueKind
{
    /// <summary>Any text, matched exactly after <see cref="Metadata.MetadataText.Clean"/> (发布机构, 类别 …).</summary>
    Text,

    /// <summary>A validity as typed (valid, 有效, 已废止 …), indexed under its English name.</summary>
    Validity,

    /// <summary>A four-digit year.</summary>
    Year,
}
