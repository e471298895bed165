using System.Collections.Concurrent;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Indexing;

namespace PolicySearch.Crawler.Tests.Support;

/// <summary>Records the calls the crawler makes; the current view is what a committed index would hold.</summary>
internal sealed class RecordingIndexWriter : IDocumentSink
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

    public IReadOnlyDictionary<string, string?> DocumentVersions(string source, string versionKey)
    {
        var current = new Dictionary<string, PolicyDocument>(_committed, StringComparer.Ordinal);
        foreach (var id in _pendingDeletes)
        {
            current.Remove(id);
        }

        foreach (var (id, document) in _pending)
        {
            current[id] = document;
        }

        return current.Values.Where(document => document.Source == source).ToDictionary(
            document => document.Id,
            document => document.Extra is { } extra && extra.TryGetProperty(versionKey, out var value) ? value.GetString() : null,
            StringComparer.Ordinal);
    }

    /// <summary>Drops every committed document, as if the index were deleted or replaced by an empty one.</summary>
    public void Clear() => _committed.Clear();

    /// <summary>Puts back a copy of what was committed earlier, as restoring a backup would.</summary>
    public void Restore(IReadOnlyDictionary<string, PolicyDocument> backup)
    {
        _committed.Clear();
        foreach (var (id, document) in backup)
        {
            _committed[id] = document;
        }
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
