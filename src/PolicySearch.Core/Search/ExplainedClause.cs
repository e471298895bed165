namespace PolicySearch.Core.Search;

/// <param name="Text">The clause as typed (without field prefix and quotes).</param>
/// <param name="Field">The field it is limited to (title, issuer, documentNumber, category, validity, topic, published), or null for title and body.</param>
/// <param name="Kind">words, phrase, range or keyword.</param>
/// <param name="Occur">must, should (part of an OR group) or mustNot.</param>
/// <param name="Words">The words the clause was segmented into.</param>
public sealed record ExplainedClause(string Text, string? Field, string Kind, string Occur, IReadOnlyList<string> Words);
