using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Refreshing: every Index:RefreshInterval the timer lists the index directory and compares the newest
/// <c>segments_N</c> generation with the open reader's; only when they differ does it reopen the reader.
/// The check is one directory listing, so it can run several times a second.
/// </summary>
public sealed partial class PolicyIndexReader
{
    private long _generation;
    private int _refreshing;

    /// <summary>The commit generation of the searcher that new searches use; changes right after a refresh.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>
    /// The timer's work: reopens the reader when a newer commit is on disk. Returns true when the searcher changed.
    /// Returns false at once while another refresh is running.
    /// </summary>
    public bool CheckForCommit()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return false;
        }

        try
        {
            var before = Generation;
            if (SegmentInfos.GetLastCommitGeneration(_directory) == before)
            {
                return false;
            }

            _manager.MaybeRefresh();
            return Generation != before;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            LogRefreshFailed(_logger, ex, Path);
            return false;
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    /// <summary>Picks up a newer commit now instead of at the next timer tick (skipped while a refresh is running).</summary>
    public void Refresh()
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 1)
        {
            return;
        }

        try
        {
            _manager.MaybeRefresh();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            LogRefreshFailed(_logger, ex, Path);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    /// <summary>
    /// Like <see cref="Refresh"/>, but when a refresh is already running (the timer's) waits for it and refreshes again,
    /// so a commit made before the call is visible when it returns.
    /// </summary>
    public void RefreshBlocking()
    {
        try
        {
            _manager.MaybeRefreshBlocking();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            LogRefreshFailed(_logger, ex, Path);
        }
    }

    private long ReadGeneration()
    {
        var searcher = _manager.Acquire();
        try
        {
            return ((DirectoryReader)searcher.IndexReader).IndexCommit.Generation;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Records the new searcher's generation after each refresh that swapped it.</summary>
    private sealed class GenerationListener : ReferenceManager.IRefreshListener
    {
        private readonly PolicyIndexReader _owner;

        public GenerationListener(PolicyIndexReader owner)
        {
            _owner = owner;
        }

        public void BeforeRefresh()
        {
        }

        public void AfterRefresh(bool didRefresh)
        {
            if (didRefresh)
            {
                Volatile.Write(ref _owner._generation, _owner.ReadGeneration());
            }
        }
    }
}
