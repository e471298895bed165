using System.Diagnostics;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Counts of one run, turned into a <see cref="CrawlReport"/> at the end.</summary>
internal sealed class CrawlCounters
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _notExtracted = new(StringComparer.Ordinal);
    private readonly List<CrawlFailure> _failures = [];

    /// <summary>Failures listed by URL in the report; past this many only the counts grow.</summary>
    public const int MaxListedFailures = 100;

    public int PagesFetched { get; set; }

    public int New { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    public int Removed { get; set; }

    public int Duplicates { get; set; }

    public int AttachmentsExtracted { get; set; }

    public int Reindexed { get; set; }

    public int StaleRemoved { get; set; }

    public int ErrorCount => _errors.Values.Sum();

    public double PagesPerSecond => _clock.Elapsed.TotalSeconds > 0 ? PagesFetched / _clock.Elapsed.TotalSeconds : 0;

    public void Error(string kind, string url)
    {
        _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
        if (_failures.Count < MaxListedFailures)
        {
            _failures.Add(new CrawlFailure(url, kind));
        }
    }

    public void NotExtracted(string type) => _notExtracted[type] = _notExtracted.GetValueOrDefault(type) + 1;

    public CrawlReport Report(string site, bool resumed, string stop, bool revisitedAll, int waitingForBlock, IReadOnlyList<State.HostBlock> blocks) => new()
    {
        Site = site,
        Resumed = resumed,
        Stop = stop,
        RevisitedAll = revisitedAll,
        ReindexedDocuments = Reindexed,
        StaleDocumentsRemoved = StaleRemoved,
        WaitingForBlock = waitingForBlock,
        Blocks = blocks,
        PagesFetched = PagesFetched,
        NewDocuments = New,
        ChangedDocuments = Changed,
        UnchangedDocuments = Unchanged,
        RemovedDocuments = Removed,
        DuplicateDocuments = Duplicates,
        AttachmentsExtracted = AttachmentsExtracted,
        AttachmentsNotExtracted = new Dictionary<string, int>(_notExtracted),
        ErrorsByKind = new Dictionary<string, int>(_errors),
        Failures = [.. _failures],
        Elapsed = _clock.Elapsed,
    };
}
