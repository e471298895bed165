using System.Collections.Concurrent;
using Lucene.Net.Index;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Indexing;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Adds build segments with <see cref="SegmentBuilder"/>s (one per thread at a time) in a staging
/// directory beside the index; a commit flushes them and hands them to <see cref="PolicyIndexWriter"/>,
/// which adds them to the index in one merge and commits. Until then the index is untouched, so a
/// killed load leaves the last commit as it was. An id seen twice in one batch is kept back and
/// written after the batch, so the later document wins as with <see cref="PolicyIndexWriter.AddOrUpdate"/>.
/// </summary>
internal sealed class BulkLoad : IBulkLoad
{
    private readonly string _stagingPath;
    private readonly LuceneDirectory _staging;
    private readonly long _ramBudgetBytes;
    private readonly Func<BulkBatch, CancellationToken, Task> _publishAsync;
    private readonly Func<Exception, Exception?> _translate;
    private readonly ReaderWriterLockSlim _batchSwap = new();
    private readonly SemaphoreSlim _committing = new(1, 1);
    private Batch _batch = new();
    private int _segments;
    private bool _disposed;

    public BulkLoad(
        string stagingPath,
        double ramBufferMB,
        Func<BulkBatch, CancellationToken, Task> publishAsync,
        Func<Exception, Exception?> translate)
    {
        _stagingPath = stagingPath;
        if (System.IO.Directory.Exists(stagingPath))
        {
            System.IO.Directory.Delete(stagingPath, recursive: true); // left by a killed load: never committed
        }

        _staging = LuceneDirectories.Open(stagingPath, create: true);
        _ramBudgetBytes = (long)(ramBufferMB * 1024 * 1024);
        _publishAsync = publishAsync;
        _translate = translate;
    }

    public void AddOrUpdate(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _batchSwap.EnterReadLock();
        try
        {
            Add(_batch, document);
        }
        catch (Exception ex) when (_translate(ex) is { } fault)
        {
            throw fault;
        }
        finally
        {
            _batchSwap.ExitReadLock();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _committing.WaitAsync(cancellationToken);
        try
        {
            Batch batch;
            _batchSwap.EnterWriteLock();
            try
            {
                batch = _batch;
                _batch = new Batch();
            }
            finally
            {
                _batchSwap.ExitWriteLock();
            }

            foreach (var empty in batch.Idle.Where(builder => builder.DocumentCount == 0))
            {
                empty.Dispose();
            }

            var flushing = batch.Idle.Where(builder => builder.DocumentCount > 0).Select(builder => Task.Run(() => FlushAndDispose(builder))).ToList();
            var segments = batch.Flushed.Concat(await Task.WhenAll(flushing)).ToList();
            await _publishAsync(new BulkBatch(batch.Ids.Keys.ToList(), segments, batch.Repeated.ToList()), cancellationToken);
            foreach (var file in segments.SelectMany(segment => segment.GetFiles()))
            {
                _staging.DeleteFile(file);
            }
        }
        catch (Exception ex) when (_translate(ex) is { } fault)
        {
            throw fault;
        }
        finally
        {
            _committing.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var builder in _batch.Idle)
        {
            builder.Dispose();
        }

        _staging.Dispose();
        System.IO.Directory.Delete(_stagingPath, recursive: true);
        _batchSwap.Dispose();
        _committing.Dispose();
    }

    private void Add(Batch batch, PolicyDocument document)
    {
        if (!batch.Ids.TryAdd(document.Id, 0))
        {
            batch.Repeated.Enqueue(document);
            return;
        }

        var fields = DocumentMapper.ToLucene(document);
        if (!batch.Idle.TryTake(out var builder))
        {
            builder = new SegmentBuilder(_staging, NextSegmentName(), PolicyAnalyzers.Index, PolicySimilarity.Instance);
            Interlocked.Increment(ref batch.LiveBuilders);
        }

        try
        {
            builder.Add(fields);
        }
        catch
        {
            batch.Ids.TryRemove(document.Id, out _);
            batch.Idle.Add(builder);
            throw;
        }

        if (builder.RamBytes < _ramBudgetBytes / Math.Max(1, Volatile.Read(ref batch.LiveBuilders)))
        {
            batch.Idle.Add(builder);
            return;
        }

        Interlocked.Decrement(ref batch.LiveBuilders);
        batch.Flushed.Add(FlushAndDispose(builder));
    }

    private static SegmentCommitInfo FlushAndDispose(SegmentBuilder builder)
    {
        using (builder)
        {
            return builder.Flush();
        }
    }

    private string NextSegmentName() => "_" + Interlocked.Increment(ref _segments).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What adds have built since the last commit.</summary>
    private sealed class Batch
    {
        public int LiveBuilders;

        public ConcurrentBag<SegmentBuilder> Idle { get; } = [];

        public ConcurrentBag<SegmentCommitInfo> Flushed { get; } = [];

        public ConcurrentDictionary<string, byte> Ids { get; } = new(StringComparer.Ordinal);

        public ConcurrentQueue<PolicyDocument> Repeated { get; } = new();
    }
}
