using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// The folder a bulk load's batch is built in. IndexWriter.AddIndexes copies each segment file with the
/// source directory's <see cref="LuceneDirectory.Copy"/>; a staged file is never read again once added
/// (the batch folder is deleted next), so it is moved instead: a rename inside the index's file system
/// rather than reading, checksumming and syncing the whole index once more.
/// </summary>
internal sealed class StagingDirectory(DirectoryInfo path) : PositionalReadDirectory(path)
{
    public override void Copy(LuceneDirectory to, string src, string dest, IOContext context)
    {
        if (to is not FSDirectory target)
        {
            base.Copy(to, src, dest, context);
            return;
        }

        EnsureOpen();
        File.Move(Path.Combine(Directory.FullName, src), Path.Combine(target.Directory.FullName, dest));
    }
}
