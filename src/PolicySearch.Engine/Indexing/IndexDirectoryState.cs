using Lucene.Net.Index;
using PolicySearch.Core.Errors;

namespace PolicySearch.Engine.Indexing;

public static class IndexDirectoryState
{
    /// <summary>True when the path holds no index, or an index without documents.</summary>
    public static bool IsEmpty(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return true;
        }

        using var directory = LuceneDirectories.Open(path, create: false);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return true;
            }

            using var reader = DirectoryReader.Open(directory);
            return reader.NumDocs == 0;
        }
        catch (Exception ex) when (ex is CorruptIndexException or IOException)
        {
            throw LuceneDirectories.Corrupt(path, ex);
        }
    }
}
