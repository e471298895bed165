namespace PolicySearch.Core.Documents;

/// <summary>有效性: whether a document is in force.</summary>
public enum Validity
{
    Unknown = 0,

    /// <summary>有效 / 现行有效.</summary>
    Valid,

    /// <summary>已修改 / 已被修改: a newer version exists.</summary>
    Amended,

    /// <summary>已废止 / 失效 / 已廢止.</summary>
    Repealed,

    /// <summary>尚未生效 / 未生效.</summary>
    NotYetEffective,
}
