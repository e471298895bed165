using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using System.Globalization;

namespace PolicySearch.Cli.Tests.Support;

/// <summary>The committed documents of an index as id → SHA-256 of the stored record (IndexFields.Source and the stored body), read straight from the newest commit.</summary>
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

            var stored = reader.Document(doc);
            var source = stored.Get("_source", CultureInfo.InvariantCulture);
            var id = JsonDocument.Parse(source).RootElement.GetProperty("id").GetString()!;
            var record = source + "\u0000" + stored.Get("body", CultureInfo.InvariantCulture);
            documents[id] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(record)));
        }

        return documents;
    }
}
