using System.Collections.Concurrent;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>Records the calls the crawler makes; the current view is what a committed index would hold.</summary>
internal sealed class RecordingIndexWriter : IDocumentIndexWriter
{
    private readonly ConcurrentDictionary<string, PolicyDocument> _pending = new();
    private readonly ConcurrentDictionary<string, PolicyDocument> _committed = new();
    private readonly ConcurrentBag<string> _pendingDeletes = [];

    public List<string> Added { get; } = [];

    public List<string> Deleted { get; } = [];

    public int Commits { get; private set; }

    public IReadOnlyDictionary<string, PolicyDocument> Committed => _committed;

    public void AddOrUpdate(PolicyDocument document)
    {
        Added.Add(document.Id);
        _pending[document.Id] = document;
    }

    public void Delete(string id)
    {
        Deleted.Add(id);
        _pending.TryRemove(id, out _);
        _pendingDeletes.Add(id);
    }

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        foreach (var id in _pendingDeletes)
        {
            _committed.TryRemove(id, out _);
        }

        _pendingDeletes.Clear();
        foreach (var (id, document) in _pending)
        {
            _committed[id] = document;
        }

        _pending.Clear();
        Commits++;
        return Task.CompletedTask;
    }
}
