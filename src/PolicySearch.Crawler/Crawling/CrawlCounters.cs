using System.Diagnostics;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Counts of one run, turned into a <see cref="CrawlReport"/> at the end.</summary>
internal sealed class CrawlCounters
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _notExtracted = new(StringComparer.Ordinal);

    public int PagesFetched { get; set; }

    public int New { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    public int Removed { get; set; }

    public int Duplicates { get; set; }

    public int AttachmentsExtracted { get; set; }

    public int ErrorCount => _errors.Values.Sum();

    public double PagesPerSecond => _clock.Elapsed.TotalSeconds > 0 ? PagesFetched / _clock.Elapsed.TotalSeconds : 0;

    public void Error(string kind) => _errors[kind] = _errors.GetValueOrDefault(kind) + 1;

    public void NotExtracted(string type) => _notExtracted[type] = _notExtracted.GetValueOrDefault(type) + 1;

    public CrawlReport Report(string site, bool resumed, string stop) => new()
    {
        Site = site,
        Resumed = resumed,
        Stop = stop,
        PagesFetched = PagesFetched,
        NewDocuments = New,
        ChangedDocuments = Changed,
        UnchangedDocuments = Unchanged,
        RemovedDocuments = Removed,
        DuplicateDocuments = Duplicates,
        AttachmentsExtracted = AttachmentsExtracted,
        AttachmentsNotExtracted = new Dictionary<string, int>(_notExtracted),
        ErrorsByKind = new Dictionary<string, int>(_errors),
        Elapsed = _clock.Elapsed,
    };
}
