using System.Collections.Concurrent;
using Lucene.Net.Index;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Adds build segments with <see cref="SegmentBuilder"/>s (one per thread at a time, kept for the
/// whole load) in a staging folder inside the index folder, one subfolder per batch. A commit holds
/// the adds while the builders flush side by side, writes a commit point naming the batch's segments
/// (<see cref="StagedCommit"/>) and hands the batch to <see cref="PolicyIndexWriter"/>, which moves
/// the segments in (<see cref="StagingDirectory"/>) and commits while the adds go on into the next
/// batch. Until then the index is untouched, so a killed load leaves the last commit as it was. An id
/// seen twice in one batch is kept back and written after the batch, so the later document wins as
/// with <see cref="PolicyIndexWriter.AddOrUpdate"/>.
/// </summary>
internal sealed class BulkLoad : IDisposable
{
    private readonly string _stagingPath;
    private readonly long _ramBudgetBytes;
    private readonly Func<BulkBatch, CancellationToken, Task> _publishAsync;
    private readonly Func<Exception, Exception?> _translate;
    private readonly ReaderWriterLockSlim _batchSwap = new();
    private readonly SemaphoreSlim _committing = new(1, 1);
    private readonly ConcurrentBag<SegmentBuilder> _idle = [];
    private readonly FieldNumbering _fieldNumbering = new();
    private Batch _batch;
    private int _builders;
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
        // Builders count the bytes their documents use; their arrays hold up to half as much again in room
        // to grow, plus the flush's grouping arrays. Three quarters of the buffer for documents keeps an
        // import's peak memory where IndexWriter's was with the same setting (docs/benchmarks.md).
        _ramBudgetBytes = (long)(ramBufferMB * 0.75 * 1024 * 1024);
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
            List<SegmentCommitInfo> segments;
            _batchSwap.EnterWriteLock();
            try
            {
                batch = _batch;
                foreach (var empty in _idle.Where(builder => builder.IsStarted && builder.DocumentCount == 0))
                {
                    empty.Dispose(); // started for a document that failed
                }

                var open = _idle.Where(builder => builder.IsStarted).ToList();
                var flushed = new SegmentCommitInfo[open.Count];
                Parallel.For(0, open.Count, i => flushed[i] = open[i].Flush());
                segments = [.. batch.Flushed, .. flushed];
                _batch = NewBatch();
            }
            finally
            {
                _batchSwap.ExitWriteLock();
            }

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
        foreach (var builder in _idle)
        {
            builder.Dispose();
        }

        // The builders' arrays were most of the load's memory, and the compaction that follows a load needs
        // its own: let them go, and hand the pages back, so the two do not add up at the peak.
        _idle.Clear();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);

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
        if (!_idle.TryTake(out var builder))
        {
            builder = new SegmentBuilder(PolicyAnalyzers.Index, PolicySimilarity.Instance, _fieldNumbering);
            Interlocked.Increment(ref _builders);
        }

        try
        {
            if (!builder.IsStarted)
            {
                builder.Start(batch.Directory.Value, NextSegmentName());
            }

            builder.Add(fields);
            if (builder.UsedBytes >= _ramBudgetBytes / Math.Max(1, Volatile.Read(ref _builders)))
            {
                batch.Flushed.Add(builder.Flush());
            }
        }
        catch
        {
            batch.Ids.TryRemove(document.Id, out _);
            throw;
        }
        finally
        {
            _idle.Add(builder);
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
        public Lazy<LuceneDirectory> Directory { get; } = new(() => new StagingDirectory(System.IO.Directory.CreateDirectory(path)));

        public ConcurrentBag<SegmentCommitInfo> Flushed { get; } = [];

        public ConcurrentDictionary<string, byte> Ids { get; } = new(StringComparer.Ordinal);

        public ConcurrentQueue<PolicyDocument> Repeated { get; } = new();

        /// <summary>Drops the folder with everything built in it.</summary>
        public void Dispose()
        {
            if (Directory.IsValueCreated)
            {
                Directory.Value.Dispose();
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
    }
}
