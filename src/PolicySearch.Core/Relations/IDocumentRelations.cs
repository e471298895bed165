namespace PolicySearch.Core.Relations;

/// <summary>Reads the relations between indexed documents: citations, versions, similar documents. Thread-safe.</summary>
public interface IDocumentRelations
{
    /// <summary>The document with what it cites, who cites it and its other versions; null for an unknown id.</summary>
    DocumentDetails? FindDetails(string id);

    /// <summary>Documents like the one asked for, best first; null for an unknown id.</summary>
    /// <exception cref="Errors.PolicySearchException">The size is out of range.</exception>
    SimilarDocuments? FindSimilar(SimilarRequest request);
}
