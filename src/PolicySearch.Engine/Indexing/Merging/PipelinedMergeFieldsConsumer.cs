using System.Runtime.ExceptionServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing.Merging;

/// <summary>
/// A postings writer whose merges use two threads: one decodes the merged segments' postings while
/// this one encodes them. Lucene's own merge does both on one thread, and a postings merge is the
/// larger part of compacting an index after an import (docs/benchmarks.md). Writing a new segment is
/// left to the wrapped writer as it is.
/// </summary>
internal sealed class PipelinedMergeFieldsConsumer(FieldsConsumer inner, PostingsBatchLimits limits) : FieldsConsumer
{
    public override TermsConsumer AddField(FieldInfo field) => inner.AddField(field);

    public override void Merge(MergeState mergeState, Fields fields)
    {
        if (!PostingsDecoder.Supports(mergeState))
        {
            base.Merge(mergeState, fields);
            return;
        }

        using var pipeline = new PostingsPipeline(limits);
        var decoder = new PostingsDecoder(mergeState, fields, pipeline);
        var decoding = Task.Factory.StartNew(decoder.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var encoder = new PostingsEncoder(inner);
            foreach (var batch in pipeline.TakeFilled())
            {
                encoder.Encode(batch);
                pipeline.Recycle(batch);
            }
        }
        catch
        {
            pipeline.Cancel();
            WaitForCancelled(decoding);
            throw;
        }

        try
        {
            decoding.Wait();
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count == 1)
        {
            // As the decoder threw it: IndexWriter tells an aborted merge by its exception type.
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
    }

    private static void WaitForCancelled(Task decoding)
    {
        try
        {
            decoding.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled, or failed too: the encoder's failure is the one reported.
        }
    }
}
