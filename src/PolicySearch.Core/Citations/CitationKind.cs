namespace PolicySearch.Core.Citations;

/// <summary>How a document names another one it refers to.</summary>
public enum CitationKind
{
    /// <summary>A title in 《》, e.g. 《中华人民共和国行政复议法》.</summary>
    Title,

    /// <summary>A 文号, e.g. 国发〔2021〕1号 or 国务院令第393号.</summary>
    DocumentNumber,
}
