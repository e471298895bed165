using System.Reflection;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// Writes a commit point (segments_N) naming built segments, so that IndexWriter.AddIndexes(Directory)
/// can add them to the index as they are (<see cref="StagingDirectory"/> moves their files);
/// AddIndexes(IndexReader) would merge them, and the
/// compaction after the load merges everything once more. Lucene.Net keeps SegmentInfos.Commit
/// internal (package-private in Java), so it is called by reflection; the Lucene.Net version is pinned
/// and the bulk-load tests fail at once if the method goes.
/// </summary>
internal static class StagedCommit
{
    private static readonly MethodInfo Commit =
        typeof(SegmentInfos).GetMethod("Commit", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(LuceneDirectory)])
        ?? throw new MissingMethodException(nameof(SegmentInfos), "Commit(Directory)");

    public static void Write(LuceneDirectory directory, IEnumerable<SegmentCommitInfo> segments)
    {
        var infos = new SegmentInfos();
        infos.AddAll(segments);
        try
        {
            Commit.Invoke(infos, [directory]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
        }
    }
}
