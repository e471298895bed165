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
    /// Positional reads rather than FSDirectory.Open: on Linux the latter picks MMapDirectory, which
    /// searches slower under concurrency in this Lucene.Net version, and NIOFSDirectory locks and
    /// stats the file on every read (see <see cref="PositionalReadDirectory"/>).
    /// </summary>
    public static LuceneDirectory Open(string path, bool create)
    {
        var info = new DirectoryInfo(path);
        if (create)
        {
            info.Create();
        }

        return new PositionalReadDirectory(info);
    }

    public static PolicySearchException Corrupt(string path, Exception cause) => new(
        ErrorCodes.IndexCorrupt,
        $"The index at '{path}' is damaged and cannot be read ({ShortMessage(cause)}). "
        + $"Run 'policysearch check --index {path}' to see what is broken; 'policysearch check --fix --index {path}' drops broken segments. "
        + $"Then recover the lost documents: 'policysearch restore BACKUP_DIR --index {path} --force', or import the archives again, "
        + "or re-extract crawled sites from the crawl store with 'policysearch reextract SITE'.",
        cause)
    {
        Target = path,
    };

    /// <summary>The first line of the innermost message, without "System.IO.IOException: " prefixes or a stack trace.</summary>
    public static string ShortMessage(Exception exception)
    {
        var line = exception.Message.Split('\n', 2)[0].Trim();
        var prefix = System.Text.RegularExpressions.Regex.Match(line, @"^(?:[\w.]+Exception: )+");
        return prefix.Success ? line[prefix.Length..] : line;
    }

    /// <summary>Damaged files: bad checksums or headers, truncation, or a file a commit names but that is gone.</summary>
    public static bool IsCorruption(Exception exception) =>
        exception is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or EndOfStreamException or FileNotFoundException or System.IO.DirectoryNotFoundException;

    public static void EnsureSchema(LuceneDirectory directory, string path)
    {
        var infos = new SegmentInfos();
        try
        {
            infos.Read(directory);
        }
        catch (IOException ex) when (ex is not LockObtainFailedException)
        {
            throw Corrupt(path, ex); // a garbage or truncated segments_N with no readable predecessor
        }

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
