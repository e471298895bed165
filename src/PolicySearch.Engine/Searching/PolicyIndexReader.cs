using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Indexing;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Schema;
using PolicySearch.Engine.Searching.Understanding;
using PolicySearch.Engine.Suggest;
using LuceneDirectory = Lucene.Net.Store.Directory;


namespace PolicySearch.Engine.Searching;

/// <summary>
/// Searches an index directory. Readers come from a <see cref="SearcherManager"/> that a timer
/// refreshes, so commits made by another process (an import, a crawl) become visible without a restart
/// (see PolicyIndexReader.Refreshing.cs).
/// </summary>
public sealed partial class PolicyIndexReader : IDocumentSearcher, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _manager;
    private readonly Timer _refreshTimer;
    private readonly ILogger _logger;
    private readonly SynonymSet _synonyms;
    private readonly EverydayLexicon _lexicon;
    private readonly Suggester _suggester;

    private PolicyIndexReader(LuceneDirectory directory, SearcherManager manager, IndexOptions options, SynonymSet synonyms, EverydayLexicon lexicon, ILogger logger)
    {
        _synonyms = synonyms;
        _lexicon = lexicon;
        _directory = directory;
        _manager = manager;
        _logger = logger;
        _suggester = new Suggester(logger, lexicon);
        Path = System.IO.Path.GetFullPath(options.Path);
        _generation = ReadGeneration();
        _manager.AddListener(new GenerationListener(this));
        _refreshTimer = new Timer(_ => CheckForCommit(), null, options.RefreshInterval, options.RefreshInterval);
    }

    public string Path { get; }

    public static PolicyIndexReader Open(IndexOptions options, ILogger logger, SearchOptions? searchOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!System.IO.Directory.Exists(options.Path))
        {
            throw NotFound(options.Path);
        }

        var directory = LuceneDirectories.Open(options.Path, create: false);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw NotFound(options.Path);
            }

            LuceneDirectories.EnsureSchema(directory, options.Path);
            PolicyAnalyzers.WarmUp();
            var manager = new SearcherManager(directory, new PolicySearcherFactory());
            searchOptions ??= new SearchOptions();
            var synonyms = SynonymSet.Load(searchOptions.SynonymsPath);
            var lexiconStarted = Stopwatch.GetTimestamp();
            var lexicon = EverydayLexicon.Load(searchOptions.EverydayLexiconPath);
            var lexiconMs = Stopwatch.GetElapsedTime(lexiconStarted).TotalMilliseconds;
            LogLexiconLoaded(logger, lexicon.Count, lexiconMs);
            return new PolicyIndexReader(directory, manager, options, synonyms, lexicon, logger);
        }
        catch (Exception ex) when (ex is CorruptIndexException or IOException and not FileNotFoundException)
        {
            directory.Dispose();
            throw LuceneDirectories.Corrupt(options.Path, ex);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        SearchRequestRules.ThrowIfInvalid(request);
        var searcher = _manager.Acquire();
        try
        {
            return new SearchExecutor((PolicyIndexSearcher)searcher, _synonyms, _lexicon).Run(request);
        }
        catch (Exception ex) when (ex is CorruptIndexException or EndOfStreamException)
        {
            throw LuceneDirectories.Corrupt(Path, ex); // a damaged segment read at query time: never an empty result
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher (for evaluation's other ranking systems).</summary>
    internal T WithSearcher<T>(Func<PolicyIndexSearcher, T> search)
    {
        var searcher = _manager.Acquire();
        try
        {
            return search((PolicyIndexSearcher)searcher);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public PolicyDocument? FindDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
            return top.ScoreDocs.Length == 0 ? null : DocumentMapper.Load(searcher.IndexReader, top.ScoreDocs[0].Doc);
        }
        catch (Exception ex) when (ex is CorruptIndexException or EndOfStreamException)
        {
            throw LuceneDirectories.Corrupt(Path, ex);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Titles and issuers completing <paramref name="prefix"/>, best first (see <see cref="Suggester"/>).</summary>
    /// <exception cref="PolicySearchException">The prefix is empty or too long, or size is not 1 to 20.</exception>
    public Suggestions Suggest(string prefix, int size = Suggestions.DefaultSize)
    {
        var searcher = _manager.Acquire();
        try
        {
            return _suggester.Suggest(searcher.IndexReader, prefix, size);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public IndexStatistics GetStatistics()
    {
        var searcher = _manager.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            var commit = reader.IndexCommit;
            var size = _directory.ListAll().Sum(file => SafeLength(file));
            return new IndexStatistics(
                Path,
                reader.NumDocs,
                size,
                IndexSchema.ReadVersion(commit.UserData) ?? 0,
                IndexSchema.ReadCommittedAt(commit.UserData),
                commit.Generation);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        _refreshTimer.Dispose();
        _manager.Dispose();
        _directory.Dispose();
    }

    private long SafeLength(string file)
    {
        try
        {
            return _directory.FileLength(file);
        }
        catch (IOException)
        {
            return 0; // deleted by a concurrent merge between ListAll and FileLength
        }
    }

    private static PolicySearchException NotFound(string path) => new(
        ErrorCodes.IndexNotFound,
        $"There is no index at '{path}'. Build one with 'policysearch import FILE...', or run 'policysearch serve', which builds it from samples/.")
    {
        Target = path,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {LexiconEntries} everyday words in {ElapsedMs:0.0} ms")]
    private static partial void LogLexiconLoaded(ILogger logger, int lexiconEntries, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the searcher of {IndexPath} failed; serving the previous one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string indexPath);
}
