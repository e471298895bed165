using Lucene.Net.Search;
using PolicySearch.Core.Citations;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Relations;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// A document's relations on one searcher: the references it makes, resolved to indexed documents (the version in
/// force at its date), the documents citing it, and the other versions of its title.
/// </summary>
internal sealed class DocumentRelationFinder
{
    private readonly IndexedDocuments _documents;
    private readonly CitationTargets _targets;
    private readonly CitingDocuments _citing;

    public DocumentRelationFinder(IndexSearcher searcher)
    {
        _documents = new IndexedDocuments(searcher);
        _targets = new CitationTargets(_documents);
        _citing = new CitingDocuments(_documents, _targets, new CitingDates(searcher.IndexReader));
    }

    public DocumentDetails? Find(string id)
    {
        if (_documents.ById(id) is not var (docId, document))
        {
            return null;
        }

        var (citedBy, total) = _citing.Find(docId, document, DocumentDetails.MaxCitedBy);
        return new DocumentDetails(document, Cites(document), citedBy, total, Versions(document));
    }

    /// <summary>Each reference once; references resolving to a document already listed are merged into the first.</summary>
    private List<CitationLink> Cites(PolicyDocument document)
    {
        var at = VersionChoice.CitingDate(document);
        var links = new List<CitationLink>();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in CitationExtractor.Extract(document))
        {
            var candidates = _targets.For(citation).Where(target => target.Id != document.Id).ToList();
            if (VersionChoice.Choose(candidates, at) is not { } target)
            {
                links.Add(new CitationLink(citation.Text, citation.Kind));
            }
            else if (linked.Add(target.Id))
            {
                links.Add(new CitationLink(citation.Text, citation.Kind, target.Id, target.Title));
            }
        }

        return links;
    }

    private List<DocumentReference> Versions(PolicyDocument document)
    {
        var others = _targets.SameTitle(document.Title).Where(version => version.Id != document.Id);
        return VersionChoice.InDateOrder(others).Take(DocumentDetails.MaxVersions).Select(DocumentReference.Of).ToList();
    }
}
