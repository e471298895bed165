using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Relations;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// Documents like a given one, by <see cref="ChineseMoreLikeThis"/> over its body words. The document itself is
/// never among them, nor, unless asked for, the other versions of its title.
/// </summary>
internal sealed class SimilarDocumentFinder
{
    private readonly IndexSearcher _searcher;
    private readonly IndexedDocuments _documents;

    public SimilarDocumentFinder(IndexSearcher searcher)
    {
        _searcher = searcher;
        _documents = new IndexedDocuments(searcher);
    }

    public SimilarDocuments? Find(SimilarRequest request)
    {
        if (_documents.ById(request.Id) is not var (_, document))
        {
            return null;
        }

        var query = new BooleanQuery
        {
            { ChineseMoreLikeThis.Like(_searcher.IndexReader, document.Title, document.Body), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, document.Id)), Occur.MUST_NOT },
        };
        var titleKey = LookupKeys.WithoutCountryPrefix(LookupKeys.Compact(document.Title));
        if (!request.IncludeVersions && titleKey.Length > 0)
        {
            query.Add(new TermQuery(new Term(IndexFields.TitleKey, titleKey)), Occur.MUST_NOT);
        }

        var hits = _searcher.Search(query, request.Size).ScoreDocs
            .Select(hit => (Document: _documents.Load(hit.Doc), hit.Score))
            .Select(hit => new SimilarDocument(hit.Document.Id, hit.Document.Title, hit.Document.Issuer, hit.Document.PublishedDate, hit.Document.Validity, hit.Score))
            .ToList();
        return new SimilarDocuments(document.Id, hits);
    }
}
