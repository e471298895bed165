using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Indexing;
using PolicySearch.Engine.Analysis;
using PolicySearch.Engine.Indexing.Bulk;
using PolicySearch.Engine.Indexing.Merging;
using PolicySearch.Engine.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing;

/// <summary>
/// The one writer of an index directory. Adds are thread-safe and replace documents by id;
/// commits are serialized and carry the schema version. Another process holding the write lock
/// gets <see cref="ErrorCodes.IndexLocked"/> at once instead of waiting.
/// </summary>
public sealed partial class PolicyIndexWriter : IDocumentSink, IDisposable
{
    private const string BulkLoadFolder = "bulk-load";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _commitGate = new(1, 1);
    private readonly WriteFailure _failure;
    private readonly int _compactedSegments;
    private readonly double _ramBufferMB;
    private bool _disposed;

    private PolicyIndexWriter(LuceneDirectory directory, IndexWriter writer, IndexOptions options, ILogger logger)
    {
        _directory = directory;
        _writer = writer;
        _logger = logger;
        Path = options.Path;
        _compactedSegments = options.CompactedSegments;
        _ramBufferMB = options.RamBufferMB;
        _failure = new WriteFailure(options.Path);
    }

    public string Path { get; }

    public static PolicyIndexWriter Open(IndexOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = LuceneDirectories.Open(options.Path, create: true);
        try
        {
            var isNew = !DirectoryReader.IndexExists(directory);
            if (!isNew)
            {
                LuceneDirectories.EnsureSchema(directory, options.Path);
            }

            var writer = new IndexWriter(directory, CreateConfig(options));
            if (isNew)
            {
                writer.SetCommitData(IndexSchema.CommitData(DateTimeOffset.UtcNow));
                writer.Commit();
            }

            return new PolicyIndexWriter(directory, writer, options, logger);
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new PolicySearchException(
                ErrorCodes.IndexLocked,
                $"The index at '{options.Path}' is being written by another process (its write.lock is held). "
                + "Wait for that import or crawl to finish, or choose another --index.",
                ex)
            {
                Target = options.Path,
            };
        }
        catch (Exception ex) when (LuceneDirectories.IsCorruption(ex))
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

    public void AddOrUpdate(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            _writer.UpdateDocument(new Term(IndexFields.Id, document.Id), DocumentMapper.ToLucene(document));
        }
        catch (Exception ex) when (_failure.Translate(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>
    /// A load whose segments are built beside the index (in its <c>bulk-load</c> folder) by
    /// <see cref="Bulk.SegmentBuilder"/>, a third cheaper than IndexWriter's own inversion, and moved in
    /// at each of its commits. Use one at a time; adds to this writer meanwhile are fine.
    /// </summary>
    internal BulkLoad BeginBulkLoad() => new(
        System.IO.Path.Combine(Path, BulkLoadFolder),
        _ramBufferMB,
        PublishAsync,
        exception => _failure.Translate(exception));

    public void Delete(string id) => _writer.DeleteDocuments(new Term(IndexFields.Id, id));

    /// <summary>Reads a near-real-time view of the writer, so adds and deletes not yet committed count.</summary>
    public IReadOnlyDictionary<string, string?> DocumentVersions(string source, string versionKey)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
            return SourceInventory.Read(reader, Core.Metadata.MetadataText.Clean(source) ?? source, versionKey);
        }
        catch (Exception ex) when (_failure.Translate(ex) is { } fault)
        {
            throw fault;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await _commitGate.WaitAsync(cancellationToken);
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await Task.Run(CommitNow, CancellationToken.None);
            }
            catch (Exception ex) when (_failure.Translate(ex) is { } fault)
            {
                throw fault;
            }

            var elapsedMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var documentCount = _writer.NumDocs;
            LogCommitted(_logger, Path, documentCount, elapsedMs);
        }
        finally
        {
            _commitGate.Release();
        }
    }

    /// <summary>
    /// Merges the index into <see cref="IndexOptions.CompactedSegments"/> segments (one by default), side by
    /// side, when the load wrote at least half of its documents. Every query pays per segment (a term
    /// lookup and a scorer in each); one segment instead of the ~10 a bulk load leaves halves plain-search
    /// latency (docs/benchmarks.md). Later crawls add small segments that the merge policy folds in as
    /// usual. A kill during the merge leaves the previous commit.
    /// </summary>
    public async Task<bool> CompactAfterBulkLoadAsync(long documentsLoaded, CancellationToken cancellationToken = default)
    {
        await _commitGate.WaitAsync(cancellationToken);
        try
        {
            var segments = CommittedSegmentCount();
            if (segments <= _compactedSegments || documentsLoaded * 2 < _writer.NumDocs)
            {
                return false;
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await Task.Run(
                    () =>
                    {
                        _writer.ForceMerge(_compactedSegments);
                        CommitNow();
                    },
                    CancellationToken.None);
            }
            catch (Exception ex) when (_failure.Translate(ex) is { } fault)
            {
                throw fault;
            }

            var elapsedMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogCompacted(_logger, Path, segments, _compactedSegments, elapsedMs);
            return true;
        }
        finally
        {
            _commitGate.Release();
        }
    }

    /// <summary>
    /// Replaces the batch's ids, moves its segments in as they are, writes the documents whose id
    /// repeated, and commits, all under the commit gate. The compaction after the load merges them.
    /// </summary>
    private async Task PublishAsync(BulkBatch batch, CancellationToken cancellationToken)
    {
        await _commitGate.WaitAsync(cancellationToken);
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await Task.Run(() => Publish(batch), CancellationToken.None);
            var elapsedMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogPublished(_logger, Path, batch.SegmentCount, batch.Ids.Count + batch.Repeated.Count, elapsedMs);
        }
        finally
        {
            _commitGate.Release();
        }
    }

    private void Publish(BulkBatch batch)
    {
        if (batch.Ids.Count > 0)
        {
            _writer.DeleteDocuments(batch.Ids.Select(id => new Term(IndexFields.Id, id)).ToArray());
        }

        if (batch.Segments is not null)
        {
            _writer.AddIndexes(batch.Segments);
        }

        foreach (var document in batch.Repeated)
        {
            _writer.UpdateDocument(new Term(IndexFields.Id, document.Id), DocumentMapper.ToLucene(document));
        }

        CommitNow();
    }

    /// <summary>Closes without committing: everything since the last commit is dropped.</summary>
    public void Rollback()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Rollback();
        _directory.Dispose();
        _commitGate.Dispose();
    }

    /// <summary>
    /// Commits what was added and closes the index; after a failed write (a full disk) it rolls back
    /// instead, since Lucene's Dispose would try to commit again and throw, and in Lucene.Net 4.8 beta00017 a throwing
    /// Dispose can leak the write lock and reader handles (Lucene.Net issue #1284).
    /// </summary>
    public void Dispose()
    {
        if (_failure.HasFailed)
        {
            Rollback();
            return;
        }

        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.SetCommitData(IndexSchema.CommitData(DateTimeOffset.UtcNow));
        _writer.Dispose();
        _directory.Dispose();
        _commitGate.Dispose();
    }

    private int CommittedSegmentCount()
    {
        var infos = new SegmentInfos();
        infos.Read(_directory);
        return infos.Count;
    }

    private void CommitNow()
    {
        _writer.SetCommitData(IndexSchema.CommitData(DateTimeOffset.UtcNow));
        _writer.Commit();
    }

    /// <summary>
    /// No compound files: packing each new segment into a .cfs copies every byte of it once more on the
    /// indexing thread (docs/benchmarks.md). Indexes written with compound files stay readable.
    /// </summary>
    private static IndexWriterConfig CreateConfig(IndexOptions options)
    {
        var merges = new ConcurrentMergeScheduler();
        var mergeThreads = Math.Max(1, options.CompactedSegments);
        merges.SetMaxMergesAndThreads(mergeThreads + 1, mergeThreads);
        return new IndexWriterConfig(LuceneVersion.LUCENE_48, PolicyAnalyzers.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Codec = PolicyCodec.Instance,
            RAMBufferSizeMB = options.RamBufferMB,
            Similarity = PolicySimilarity.Instance,
            MergeScheduler = merges,
            MergePolicy = new BalancedCompactionMergePolicy { NoCFSRatio = 0 },
            UseCompoundFile = false,
            WriteLockTimeout = 0,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Compacted {IndexPath} from {SegmentCount} segments into {CompactedSegments} in {ElapsedMs:F0} ms")]
    private static partial void LogCompacted(ILogger logger, string indexPath, int segmentCount, int compactedSegments, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {SegmentCount} bulk-built segments with {DocumentCount} documents to {IndexPath} and committed in {ElapsedMs:F0} ms")]
    private static partial void LogPublished(ILogger logger, string indexPath, int segmentCount, int documentCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Committed {IndexPath} with {DocumentCount} documents in {ElapsedMs:F0} ms")]
    private static partial void LogCommitted(ILogger logger, string indexPath, int documentCount, double elapsedMs);
}
