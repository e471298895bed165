using Lucene.Net.Index;
using Lucene.Net.Store;
using PolicySearch.Core.Errors;
using PolicySearch.Engine.Schema;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing;

/// <summary>Opens index directories and checks that their newest commit has this schema version.</summary>
internal static class LuceneDirectories
{
    /// <summary>
    /// NIOFSDirectory rather than FSDirectory.Open: on Linux the latter picks MMapDirectory, which
    /// searches slower under concurrency in this Lucene.Net version (see docs/LUCENENET-NOTES).
    /// </summary>
    public static LuceneDirectory Open(string path, bool create)
    {
        var info = new DirectoryInfo(path);
        if (create)
        {
            info.Create();
        }

        return new NIOFSDirectory(info);
    }

    public static PolicySearchException Corrupt(string path, Exception cause) => new(
        ErrorCodes.IndexCorrupt,
        $"The index at '{path}' cannot be read ({cause.Message}). Rebuild it: delete the directory and import again.",
        cause)
    {
        Target = path,
    };

    public static void EnsureSchema(LuceneDirectory directory, string path)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        var version = IndexSchema.ReadVersion(infos.UserData);
        if (version != IndexSchema.Version)
        {
            var found = version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
            throw new PolicySearchException(
                ErrorCodes.IndexSchemaMismatch,
                $"The index at '{path}' has schema version {found}, but this PolicySearch reads version {IndexSchema.Version}. "
                + $"Rebuild it: delete '{path}' and run 'policysearch import FILE...' (or 'policysearch serve', which rebuilds it from samples/).")
            {
                Target = path,
            };
        }
    }
}
