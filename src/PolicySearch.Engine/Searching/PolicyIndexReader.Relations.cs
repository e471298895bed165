using Lucene.Net.Search;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Relations;
using PolicySearch.Engine.Relations;

namespace PolicySearch.Engine.Searching;

/// <summary>Relations between documents: citations, versions and similar documents.</summary>
public sealed partial class PolicyIndexReader : IDocumentRelations
{
    /// <summary>
    /// The document with the references it makes (resolved where the index holds the document meant), the
    /// documents citing it (newest first, at most <see cref="DocumentDetails.MaxCitedBy"/>), and the other versions
    /// of its title (oldest first). Null when there is no document with this id.
    /// </summary>
    public DocumentDetails? FindDetails(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return WithSearcher(searcher => new DocumentRelationFinder(searcher).Find(id));
    }

    /// <summary>Documents like the one asked for, best first; null when there is no document with this id.</summary>
    /// <exception cref="PolicySearchException">The size is outside 1 to <see cref="SimilarRequest.MaxSize"/>.</exception>
    public SimilarDocuments? FindSimilar(SimilarRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Size is < 1 or > SimilarRequest.MaxSize)
        {
            throw new PolicySearchException(
                ErrorCodes.PagingOutOfRange,
                $"size must be between 1 and {SimilarRequest.MaxSize}; it was {request.Size}.")
            {
                Target = "size",
            };
        }

        return WithSearcher(searcher => new SimilarDocumentFinder(searcher).Find(request));
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }
}
