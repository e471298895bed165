namespace PolicySearch.Core.Citations;

/// <summary>
/// One reference a document makes. <see cref="Text"/> is what it printed (a title with its 《》, a 文号 as written);
/// <see cref="Key"/> is the lookup key: for a title the folded letters and digits without 中华人民共和国, for a
/// 文号 the <see cref="Metadata.DocumentNumbers.Normalize">canonical number</see>.
/// </summary>
public sealed record Citation(CitationKind Kind, string Text, string Key);
