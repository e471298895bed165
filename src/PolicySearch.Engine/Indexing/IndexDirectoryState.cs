using Lucene.Net.Index;

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
        if (!DirectoryReader.IndexExists(directory))
        {
            return true;
        }

        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs == 0;
    }
}
