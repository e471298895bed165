using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using System.Globalization;

namespace PolicySearch.Cli.Tests.Support;

/// <summary>The committed documents of an index as id → SHA-256 of the stored record (IndexFields.Source and the body, UTF-16 doc values), read straight from the newest commit.</summary>
internal static class IndexSnapshot
{
    public static Dictionary<string, string> Read(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var bodies = MultiDocValues.GetBinaryValues(reader, "_body");
        var body = new BytesRef();
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
            bodies.Get(doc, body);
            var record = source + "\u0000" + Encoding.Unicode.GetString(body.Bytes, body.Offset, body.Length);
            documents[id] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(record)));
        }

        return documents;
    }
}
