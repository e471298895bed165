using System.Collections.Concurrent;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// The hand-over between a merge's decoding and encoding threads: a few batches circulate, so the
/// decoder runs at most that far ahead and memory stays fixed whatever the segments' size.
/// </summary>
internal sealed class PostingsPipeline : IDisposable
{
    private const int BatchCount = 4;

    private readonly BlockingCollection<PostingsBatch> _empty = new(BatchCount);
    private readonly BlockingCollection<PostingsBatch> _filled = new(BatchCount);
    private readonly CancellationTokenSource _cancellation = new();

    public PostingsPipeline(PostingsBatchLimits limits)
    {
        for (var i = 0; i < BatchCount; i++)
        {
            _empty.Add(new PostingsBatch(limits));
        }
    }

    public PostingsBatch TakeEmpty()
    {
        var batch = _empty.Take(_cancellation.Token);
        batch.Clear();
        return batch;
    }

    public void Fill(PostingsBatch batch) => _filled.Add(batch, _cancellation.Token);

    /// <summary>No more batches: <see cref="TakeFilled"/> ends once the last is taken.</summary>
    public void FinishFilling() => _filled.CompleteAdding();

    public IEnumerable<PostingsBatch> TakeFilled() => _filled.GetConsumingEnumerable(_cancellation.Token);

    public void Recycle(PostingsBatch batch) => _empty.Add(batch, _cancellation.Token);

    /// <summary>Stops the decoder where it waits, when the encoder has failed.</summary>
    public void Cancel() => _cancellation.Cancel();

    public void Dispose()
    {
        _empty.Dispose();
        _filled.Dispose();
        _cancellation.Dispose();
    }
}
