using PolicySearch.Core.Relations;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Api.Endpoints;

/// <summary>
/// Opens the index on first use rather than when a handler's parameters are bound, so that a missing
/// or unreadable index surfaces inside the handler as a <see cref="Core.Errors.PolicySearchException"/>
/// (answered 503) and the service recovers by itself once the index appears.
/// </summary>
internal sealed class IndexAccess
{
    private readonly IServiceProvider _services;

    public IndexAccess(IServiceProvider services)
    {
        _services = services;
    }

    /// <exception cref="Core.Errors.PolicySearchException">The index is missing, corrupt or of another schema.</exception>
    public PolicyIndexReader Reader => _services.GetRequiredService<PolicyIndexReader>();

    /// <exception cref="Core.Errors.PolicySearchException">The index is missing, corrupt or of another schema.</exception>
    public IDocumentSearcher Searcher => _services.GetRequiredService<IDocumentSearcher>();

    /// <exception cref="Core.Errors.PolicySearchException">The index is missing, corrupt or of another schema.</exception>
    public IDocumentRelations Relations => _services.GetRequiredService<IDocumentRelations>();
}
