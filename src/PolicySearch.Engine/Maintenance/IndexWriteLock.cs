using Lucene.Net.Index;
using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;
using PolicySearch.Core.Errors;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Maintenance;

/// <summary>
/// Holds an index's write.lock, as an IndexWriter would, so a repair or restore cannot run under a
/// writer of this or another process. The native lock is released by the OS if this process dies.
/// </summary>
internal sealed class IndexWriteLock : IDisposable
{
    private readonly Lock _lock;

    private IndexWriteLock(Lock held)
    {
        _lock = held;
    }

    public static IndexWriteLock Obtain(LuceneDirectory directory, string path)
    {
        var candidate = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        bool obtained;
        try
        {
            obtained = candidate.Obtain();
        }
        catch (LockObtainFailedException)
        {
            obtained = false;
        }

        if (!obtained)
        {
            candidate.Dispose();
            throw new PolicySearchException(
                ErrorCodes.IndexLocked,
                $"The index at '{path}' is being written by another process (its write.lock is held). "
                + "Stop that import, crawl or serve first; repairs and restores never run under a writer.")
            {
                Target = path,
            };
        }

        return new IndexWriteLock(candidate);
    }

    public void Dispose() => _lock.Dispose();
}
