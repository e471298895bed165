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
/// folder inside the index folder, one subfolder per batch; a commit flushes them, writes a commit point
/// naming them (<see cref="StagedCommit"/>) and hands the batch to <see cref="PolicyIndexWriter"/>,
/// which copies the segments in and commits. Until then the index is untouched, so a
/// killed load leaves the last commit as it was. An id seen twice in one batch is kept back and
/// written after the batch, so the later document wins as with <see cref="PolicyIndexWriter.AddOrUpdate"/>.
/// </summary>
internal sealed class BulkLoad : IBulkLoad
{
    private readonly string _stagingPath;
    private readonly long _ramBudgetBytes;
    private readonly Func<BulkBatch, CancellationToken, Task> _publishAsync;
    private readonly Func<Exception, Exception?> _translate;
    private readonly ReaderWriterLockSlim _batchSwap = new();
    private readonly SemaphoreSlim _committing = new(1, 1);
    private Batch _batch;
    private int _batches;
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

        System.IO.Directory.CreateDirectory(stagingPath);
        _batch = NewBatch();
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
                _batch = NewBatch();
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
            if (segments.Count > 0)
            {
                StagedCommit.Write(batch.Directory.Value, segments);
            }

            var staged = segments.Count > 0 ? batch.Directory.Value : null;
            await _publishAsync(new BulkBatch(batch.Ids.Keys.ToList(), staged, segments.Count, batch.Repeated.ToList()), cancellationToken);
            batch.Dispose();
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
        _batch.Dispose();
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
            builder = new SegmentBuilder(batch.Directory.Value, NextSegmentName(), PolicyAnalyzers.Index, PolicySimilarity.Instance);
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

    private Batch NewBatch()
    {
        var number = Interlocked.Increment(ref _batches).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Batch(System.IO.Path.Combine(_stagingPath, "batch-" + number));
    }

    private string NextSegmentName() => "_" + Interlocked.Increment(ref _segments).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What adds have built since the last commit, in a folder of its own, created on first use.</summary>
    private sealed class Batch(string path) : IDisposable
    {
        public int LiveBuilders;

        public Lazy<LuceneDirectory> Directory { get; } = new(() => LuceneDirectories.Open(path, create: true));

        public ConcurrentBag<SegmentBuilder> Idle { get; } = [];

        public ConcurrentBag<SegmentCommitInfo> Flushed { get; } = [];

        public ConcurrentDictionary<string, byte> Ids { get; } = new(StringComparer.Ordinal);

        public ConcurrentQueue<PolicyDocument> Repeated { get; } = new();

        /// <summary>Drops the builders still open, and the folder with everything built in it.</summary>
        public void Dispose()
        {
            foreach (var builder in Idle)
            {
                builder.Dispose();
            }

            if (Directory.IsValueCreated)
            {
                Directory.Value.Dispose();
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
    }
}
