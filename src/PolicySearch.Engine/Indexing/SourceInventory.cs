using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Indexing;

/// <summary>Lists the live documents of one source with one value of their stored Extra, reading only the stored JSON.</summary>
internal static class SourceInventory
{
    private static readonly ISet<string> SourceOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Source };

    public static Dictionary<string, string?> Read(IndexReader reader, string source, string versionKey)
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        var term = new Term(IndexFields.SourceName, source);
        foreach (var leaf in reader.Leaves)
        {
            var documents = leaf.AtomicReader.GetTermDocsEnum(term);
            if (documents is null)
            {
                continue;
            }

            while (documents.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var json = leaf.AtomicReader.Document(documents.DocID, SourceOnly).Get(IndexFields.Source, CultureInfo.InvariantCulture);
                if (json is not null)
                {
                    var (id, version) = IdAndVersion(json, versionKey);
                    found[id] = version;
                }
            }
        }

        return found;
    }

    private static (string Id, string? Version) IdAndVersion(string json, string versionKey)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException("An indexed document's stored source has no id.");
        var version = root.TryGetProperty("extra", out var extra) && extra.ValueKind == JsonValueKind.Object
            && extra.TryGetProperty(versionKey, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        return (id, version);
    }
}
