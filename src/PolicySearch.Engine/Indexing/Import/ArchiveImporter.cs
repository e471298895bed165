using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Import;
using PolicySearch.Core.Indexing;
using PolicySearch.Engine.Indexing.Bulk;

namespace PolicySearch.Engine.Indexing.Import;

/// <summary>
/// Streams JSON Lines archives into an index: one task reads and parses, <see cref="ImportOptions.IndexingThreads"/>
/// tasks analyse and index (through the writer's <see cref="BulkLoad"/>), and checkpoint commits make
/// the work durable as it goes. Cancelling stops
/// the reading, finishes the documents in hand and commits them. Bad lines are reported and skipped.
/// </summary>
public sealed partial class ArchiveImporter
{
    private const int QueueCapacity = 256;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);
    private readonly IDocumentSink _sink;
    private readonly PolicyIndexWriter? _writer;
    private readonly ImportOptions _options;
    private readonly ILogger _logger;

    /// <summary>Imports through a bulk load of <paramref name="writer"/>, and compacts the index after a large load.</summary>
    public ArchiveImporter(PolicyIndexWriter writer, ImportOptions options, ILogger logger)
        : this(writer, writer, options, logger)
    {
    }

    /// <summary>Imports document by document into <paramref name="sink"/>, with neither a bulk load nor compaction.</summary>
    internal ArchiveImporter(IDocumentSink sink, ImportOptions options, ILogger logger)
        : this(sink, null, options, logger)
    {
    }

    private ArchiveImporter(IDocumentSink sink, PolicyIndexWriter? writer, ImportOptions options, ILogger logger)
    {
        _sink = sink;
        _writer = writer;
        _options = options;
        _logger = logger;
    }

    /// <summary>Called for each rejected line (file, line number and reason are in the <see cref="ImportLine"/>).</summary>
    public event Action<ImportLine>? LineRejected;

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> files,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var missing = files.FirstOrDefault(file => !File.Exists(file));
        if (missing is not null)
        {
            throw new PolicySearchException(ErrorCodes.ImportFileNotFound, $"The file '{missing}' does not exist.") { Target = missing };
        }

        using var bulkLoad = _writer?.BeginBulkLoad();
        var target = bulkLoad is null ? new LoadTarget(_sink.AddOrUpdate, _sink.CommitAsync) : new LoadTarget(bulkLoad.AddOrUpdate, bulkLoad.CommitAsync);
        var run = new ImportRun(files.Sum(file => new FileInfo(file).Length), target);
        var queue = Channel.CreateBounded<ImportLine>(new BoundedChannelOptions(QueueCapacity) { SingleWriter = true });

        // A worker that fails (a full disk) stops the reading, which would otherwise wait forever on a full queue.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, Math.Max(1, _options.IndexingThreads))
            .Select(_ => Task.Run(() => IndexOrStopAsync(queue.Reader, run, stop), CancellationToken.None))
            .ToArray();

        var cancelled = false;
        var readEverything = false;
        try
        {
            await ReadFilesAsync(files, queue.Writer, run, progress, stop.Token);
            readEverything = true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            cancelled = cancellationToken.IsCancellationRequested;
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        // Committing while the indexing tasks work through the last queued documents lets them flush one
        // of the buffered segments each (Lucene's threads help a pending flush) instead of one thread
        // flushing them all after they stop. The last documents get a commit of their own. A bulk load
        // flushes its builders side by side at any commit, so an early one would only split off a tiny batch.
        var finalCommit = readEverything && bulkLoad is null ? CommitAsync(run) : Task.CompletedTask;
        try
        {
            await Task.WhenAll(workers);
        }
        finally
        {
            await finalCommit;
        }

        await CommitAsync(run);
        bulkLoad?.Dispose();
        progress?.Report(run.Snapshot());
        if (!cancelled && _writer is not null)
        {
            progress?.Report(run.Snapshot() with { Compacting = true });
            await _writer.CompactAfterBulkLoadAsync(run.Documents, CancellationToken.None);
        }

        var summary = new ImportSummary(run.Documents, run.Rejected, run.TextBytes, run.Commits, run.Elapsed, cancelled);
        LogFinished(_logger, summary.Documents, summary.Rejected, summary.Elapsed.TotalMilliseconds, summary.Cancelled);
        return summary;
    }

    private async Task ReadFilesAsync(
        IReadOnlyList<string> files,
        ChannelWriter<ImportLine> queue,
        ImportRun run,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var lastReport = TimeSpan.Zero;
        foreach (var file in files)
        {
            await foreach (var line in JsonLinesDocumentReader.ReadAsync(file, cancellationToken))
            {
                run.AddRead(line);
                if (line.Document is not null)
                {
                    await queue.WriteAsync(line, cancellationToken);
                }
                else
                {
                    run.AddRejected();
                    LogRejected(_logger, line.File, line.LineNumber, line.Error ?? "unknown");
                    LineRejected?.Invoke(line);
                }

                if (progress is not null && run.Elapsed - lastReport >= ProgressInterval)
                {
                    lastReport = run.Elapsed;
                    progress.Report(run.Snapshot());
                }
            }

            run.FinishFile(file);
        }
    }

    private async Task IndexOrStopAsync(ChannelReader<ImportLine> queue, ImportRun run, CancellationTokenSource stop)
    {
        try
        {
            await IndexFromQueueAsync(queue, run);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private async Task IndexFromQueueAsync(ChannelReader<ImportLine> queue, ImportRun run)
    {
        await foreach (var line in queue.ReadAllAsync())
        {
            var document = line.Document!;
            run.Target.AddOrUpdate(document);
            LogIndexed(_logger, document.Id);
            if (run.AddIndexed(line, _options.CommitEveryDocuments, _options.CommitInterval))
            {
                await CommitAsync(run);
            }
        }
    }

    private static async Task CommitAsync(ImportRun run)
    {
        await run.Target.CommitAsync(CancellationToken.None);
        run.AddCommit();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {File}:{LineNumber}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string file, int lineNumber, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Indexed {DocumentId}")]
    private static partial void LogIndexed(ILogger logger, string documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {DocumentCount} documents, {RejectedCount} rejected lines in {ElapsedMs:F0} ms (cancelled: {Cancelled})")]
    private static partial void LogFinished(ILogger logger, long documentCount, long rejectedCount, double elapsedMs, bool cancelled);

    /// <summary>Where documents and commits go: the writer's bulk load, or the sink itself.</summary>
    private sealed record LoadTarget(Action<PolicyDocument> AddOrUpdate, Func<CancellationToken, Task> CommitAsync);

    /// <summary>Counters shared by the reader and the indexing tasks.</summary>
    private sealed class ImportRun(long fileBytesTotal, LoadTarget target)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _checkpointLock = new();
        private long _documents;
        private long _rejected;
        private long _textBytes;
        private long _finishedFileBytes;
        private long _indexedFilePosition;
        private int _commits;
        private long _documentsAtCheckpoint;
        private TimeSpan _checkpointAt;

        /// <summary>The writer's bulk load, or the sink, that documents and commits go to.</summary>
        public LoadTarget Target => target;

        public long Documents => Interlocked.Read(ref _documents);

        public long Rejected => Interlocked.Read(ref _rejected);

        public long TextBytes => Interlocked.Read(ref _textBytes);

        public int Commits => Volatile.Read(ref _commits);

        public TimeSpan Elapsed => _clock.Elapsed;

        public void AddRead(ImportLine line) => Interlocked.Add(ref _textBytes, line.TextBytes);

        public void AddRejected() => Interlocked.Increment(ref _rejected);

        /// <summary>Progress counts what is indexed, not what is read ahead; the file's documents may still be in the queue.</summary>
        public void FinishFile(string file)
        {
            Interlocked.Add(ref _finishedFileBytes, new FileInfo(file).Length);
            Volatile.Write(ref _indexedFilePosition, 0);
        }

        public void AddCommit() => Interlocked.Increment(ref _commits);

        /// <summary>Counts an indexed document; true when this one is due to trigger a checkpoint commit.</summary>
        public bool AddIndexed(ImportLine line, int everyDocuments, TimeSpan interval)
        {
            var documents = Interlocked.Increment(ref _documents);
            InterlockedMax(ref _indexedFilePosition, line.FilePosition);
            lock (_checkpointLock)
            {
                if (documents - _documentsAtCheckpoint < everyDocuments && Elapsed - _checkpointAt < interval)
                {
                    return false;
                }

                _documentsAtCheckpoint = documents;
                _checkpointAt = Elapsed;
                return true;
            }
        }

        public ImportProgress Snapshot() => new(
            Documents,
            Rejected,
            TextBytes,
            Math.Min(Interlocked.Read(ref _finishedFileBytes) + Volatile.Read(ref _indexedFilePosition), fileBytesTotal),
            fileBytesTotal,
            Elapsed);

        private static void InterlockedMax(ref long target, long value)
        {
            var current = Volatile.Read(ref target);
            while (value > current)
            {
                var seen = Interlocked.CompareExchange(ref target, value, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
