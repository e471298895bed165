using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using System.Globalization;

namespace PolicySearch.Cli.Tests.Support;

/// <summary>The committed documents of an index as id → SHA-256 of the stored source document (IndexFields.Source), read straight from the newest commit.</summary>
internal static class IndexSnapshot
{
    public static Dictionary<string, string> Read(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }

            var source = reader.Document(doc).Get("_source", CultureInfo.InvariantCulture);
            var id = JsonDocument.Parse(source).RootElement.GetProperty("id").GetString()!;
            documents[id] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        }

        return documents;
    }
}
