using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// The baseline row of the relevance tables: what Lucene's stock setup ranks for a query, on our index. The query is
/// segmented by SmartCn (the index's word analyzer), and each word is an optional term in the title or the body,
/// scored by BM25; no phrases, exact keys, synonyms, question reading or filters.
/// </summary>
public sealed class PlainLuceneSearcher(PolicyIndexReader reader) : IDocumentSearcher
{
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new BooleanQuery();
        foreach (var word in QueryAnalysis.WordSpans(request.Query).Select(span => request.Query[span.Start..span.End]).Distinct(StringComparer.Ordinal))
        {
            var term = Analysis.SearchFolding.Fold(word);
            query.Add(new TermQuery(new Term(IndexFields.Title, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.Body, term)), Occur.SHOULD);
        }

        return reader.WithSearcher(searcher =>
        {
            var top = searcher.Search(query, request.Page * request.Size);
            var hits = top.ScoreDocs.Skip((request.Page - 1) * request.Size).Select(scoreDoc =>
            {
                var document = HitSummaries.Read(searcher.IndexReader, scoreDoc.Doc);
                return new SearchHit(
                    document.Id, document.Title, document.Url, document.Issuer, document.DocumentNumber, document.Category,
                    document.Validity, document.PublishedDate, document.WrittenDate, scoreDoc.Score, Snippet.Empty);
            }).ToList();
            return new SearchResults(request.Query, top.TotalHits, request.Page, request.Size, 0, hits);
        });
    }

    public PolicyDocument? FindDocument(string id) => reader.FindDocument(id);
}
