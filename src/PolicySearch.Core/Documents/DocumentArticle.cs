namespace PolicySearch.Core.Documents;

/// <summary>One article (条) of a law or regulation: its label as printed and where it lies in the body.</summary>
/// <param name="Label">第十二条, or 第 12 條 in Taiwan texts (spaces removed: 第12條).</param>
/// <param name="Chapter">The 章 heading it falls under, when there is one.</param>
public sealed record DocumentArticle(string Label, string? Chapter, int Start, int End)
{
    /// <summary>An anchor id for the article on the document page.</summary>
    public string Anchor => Label;
}
