using System.Diagnostics;
using Lucene.Net.Search;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Searching.Understanding;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Runs one search on one searcher: parses the query, applies filters, collects the page of hits and
/// the facet counts in the same pass, relaxes a query nothing fully matches, and shapes the results.
/// </summary>
internal sealed class SearchExecutor(PolicyIndexSearcher searcher, SynonymSet synonyms, EverydayLexicon lexicon)
{
    /// <summary>Share of a relaxed query's words that must still match.</summary>
    private const double RelaxedShare = 0.6;

    /// <summary>
    /// A question with fewer hits than a page is broadened too: its few hits may hold only one rare word. So is a query
    /// searched as typed (浙江 河长 履职 考核), below the documents that have every word.
    /// </summary>
    private const int FewHits = 10;

    private const string RelaxedNotice = "没有文件同时包含全部检索词，以下结果包含其中大部分。No document contains every word; these contain most of them.";

    public SearchResults Run(SearchRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        using var memo = QueryAnalysis.RememberWithinSearch();
        var userQuery = UserQueryParser.Parse(request.Query);
        var filters = FilterQueries.Build(request.Filters);
        var interpretation = request.Literal ? null : QueryInterpreter.Interpret(userQuery, lexicon);
        var query = interpretation is null
            ? QueryFactory.Build(userQuery, synonyms, allowNoTerms: filters.Count > 0)
            : Understood(userQuery, interpretation, interpretation.DefaultMinimumMatch, filters.Count > 0);
        var sort = request.Sort == SearchSort.Relevance && !userQuery.TextClauses.Any() ? SearchSort.Newest : request.Sort;
        var (top, facets) = Collect(query, filters, sort, request);
        var relaxed = false;
        var nothingFound = top.TotalHits == 0;
        var asTyped = interpretation is null;
        var fewFound = top.TotalHits < FewHits && (!asTyped || (!request.Literal && userQuery.FreeText.Any()));
        var strict = query;
        foreach (var (reading, broader) in nothingFound || fewFound ? Relaxations(userQuery, interpretation, request.Literal) : [])
        {
            // A query searched as typed keeps the documents with every word first; the broader ones fill the page after them.
            var keepsStrictFirst = asTyped && !nothingFound;
            query = keepsStrictFirst ? StrictFirst(strict, broader) : broader;
            interpretation = keepsStrictFirst ? null : reading;
            (top, facets) = Collect(query, filters, sort, request);
            relaxed = nothingFound && top.TotalHits > 0;
            if (top.TotalHits >= (nothingFound ? 1 : FewHits))
            {
                break;
            }
        }

        var highlightTerms = request.WithSnippets ? HighlightTerms.For(userQuery, synonyms, interpretation) : [];
        var hits = top.ScoreDocs
            .Skip((request.Page - 1) * request.Size)
            .Select(scoreDoc => ToHit(scoreDoc, highlightTerms, request.WithSnippets))
            .ToList();
        var tookMs = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
        return new SearchResults(request.Query, top.TotalHits, request.Page, request.Size, tookMs, hits)
        {
            Facets = facets,
            Relaxed = relaxed,
            Notice = relaxed ? RelaxedNotice : null,
            Understanding = interpretation?.ToUnderstanding(),
            Explanation = request.Explain ? QueryExplainer.Explain(userQuery, request.Filters, query, relaxed, interpretation) : null,
        };
    }

    /// <summary>Every document of <paramref name="strict"/> above every other one of <paramref name="broader"/>, each set in its own order.</summary>
    private static BooleanQuery StrictFirst(Query strict, Query broader) => new()
    {
        { new ConstantScoreQuery(strict) { Boost = RankingWeights.StrictFirst }, Occur.SHOULD },
        { strict, Occur.SHOULD },
        { broader, Occur.SHOULD },
    };

    /// <summary>The understood query; with only question words and a filter, the filter alone (browsing).</summary>
    private Query Understood(UserQuery userQuery, QueryInterpretation interpretation, int minimumMatch, bool allowNoTerms)
    {
        if (QueryFactory.BuildUnderstood(userQuery, interpretation, synonyms, minimumMatch) is { } query)
        {
            return query;
        }

        return allowNoTerms ? QueryFactory.Build(userQuery.WithoutFreeText(), synonyms, allowNoTerms: true) : throw OnlyQuestionWords(interpretation);
    }

    /// <summary>
    /// What to run, in turn, when nothing matched. An understood question: any one of its concepts instead of one in
    /// three. A query searched as typed: read as a question after all (without the lexicon when literal), 60 % of its
    /// concepts, then any one.
    /// </summary>
    private IEnumerable<(QueryInterpretation, Query)> Relaxations(UserQuery userQuery, QueryInterpretation? interpretation, bool literal)
    {
        var reading = interpretation ?? QueryInterpreter.Interpret(userQuery, literal ? EverydayLexicon.Empty : lexicon, force: true);
        if (reading is null)
        {
            yield break;
        }

        var mostConcepts = (int)Math.Ceiling(reading.Counted.Count() * RelaxedShare);
        int[] minimums = interpretation is not null ? [1] : mostConcepts > 1 ? [mostConcepts, 1] : [1];
        foreach (var minimum in minimums.Where(minimum => interpretation is null || minimum < interpretation.DefaultMinimumMatch))
        {
            if (QueryFactory.BuildUnderstood(userQuery, reading, synonyms, minimum) is { } relaxed)
            {
                yield return (reading, relaxed);
            }
        }
    }

    private static PolicySearchException OnlyQuestionWords(QueryInterpretation interpretation) => new(
        ErrorCodes.QueryNoContent,
        $"The query has only question words ({string.Join(' ', interpretation.Ignored)}): say what it is about, e.g. 养犬 登记 or 噪声 投诉.")
    {
        Target = "q",
    };

    private (TopDocs Top, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) Collect(
        Query query, Dictionary<string, Query> filters, SearchSort sort, SearchRequest request)
    {
        // No query matches more documents than the index holds; Lucene's hit queues are allocated (and pre-filled) at
        // the size asked for, so a deep page (page 1000 × size 1000) would otherwise cost a million objects per request.
        var wanted = Math.Min(request.Page * request.Size, Math.Max(1, searcher.IndexReader.MaxDoc));
        ITopDocsCollector top = sort == SearchSort.Relevance
            ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: true)
            : TopFieldCollector.Create(DateSort(sort), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        if (request.FacetSize == 0)
        {
            searcher.Search(query, FilterQueries.Combine(filters), top);
            return (top.GetTopDocs(), new Dictionary<string, IReadOnlyList<FacetValue>>());
        }

        var counter = new FacetCounter(searcher, FilterFields.All);
        searcher.Search(query, FilterQueries.Combine(filters), MultiCollector.Wrap(top, counter));
        var facets = counter.Top(request.FacetSize);
        foreach (var field in FilterFields.All.Where(field => filters.ContainsKey(FilterIndexFields.Keyword(field))))
        {
            // Count a filtered field as if its own filter were absent, so other values stay selectable.
            var sideways = new FacetCounter(searcher, [field]);
            searcher.Search(query, FilterQueries.Combine(filters, except: FilterIndexFields.Keyword(field)), sideways);
            facets[field.Name] = sideways.Top(request.FacetSize)[field.Name];
        }

        return (top.GetTopDocs(), facets);
    }

    /// <summary>Reads only the body and its article offsets (doc values): no stored record is read for a snippet.</summary>
    private Snippet SnippetOf(int docId, IReadOnlyList<string> highlightTerms)
    {
        var reader = searcher.IndexReader;
        var body = StoredBodies.Read(reader, docId);
        return ArticleSnippets.Build(body, ArticleBounds.Read(reader, docId, body), highlightTerms);
    }

    private static Sort DateSort(SearchSort sort)
    {
        var newest = sort == SearchSort.Newest;
        var date = new SortField(IndexFields.PublishedDate, SortFieldType.INT32, newest);
        date.SetMissingValue(newest ? int.MinValue : int.MaxValue);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private SearchHit ToHit(ScoreDoc scoreDoc, IReadOnlyList<string> highlightTerms, bool withSnippet)
    {
        var document = HitSummaries.Read(searcher.IndexReader, scoreDoc.Doc);
        var score = scoreDoc.Score;
        var snippet = withSnippet ? SnippetOf(scoreDoc.Doc, highlightTerms) : Snippet.Empty;
        return new SearchHit(
            document.Id,
            document.Title,
            document.Url,
            document.Issuer,
            document.DocumentNumber,
            document.Category,
            document.Validity,
            document.PublishedDate,
            document.WrittenDate,
            float.IsNaN(score) ? 0 : score,
            snippet);
    }
}
