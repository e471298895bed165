namespace PolicySearch.Core.Indexing;

/// <summary>
/// A writer that can also say which documents its index holds, so a crawl can check its own record of what it
/// indexed against the index it is writing now (a new, deleted or restored index).
/// </summary>
public interface IInspectableIndexWriter : IDocumentIndexWriter
{
    /// <summary>
    /// The id of every document whose <c>Source</c> is <paramref name="source"/>, each with the string value of its
    /// <c>Extra[versionKey]</c> (null when absent). Includes changes not yet committed.
    /// </summary>
    IReadOnlyDictionary<string, string?> DocumentVersions(string source, string versionKey);
}
