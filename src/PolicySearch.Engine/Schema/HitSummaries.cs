using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// What a result list shows of a document — its metadata without body or extra fields — kept as binary
/// doc values beside the stored source. Reading a hit then costs a few hundred bytes instead of
/// decompressing and parsing the whole stored record (most of a plain search's time otherwise).
/// </summary>
internal static class HitSummaries
{
    public static BinaryDocValuesField Field(PolicyDocument document) =>
        new(IndexFields.HitSummary, new BytesRef(JsonSerializer.SerializeToUtf8Bytes(Summarize(document), PolicyJson.Options)));

    /// <summary>The summary of a top-level document id; its body is empty.</summary>
    public static PolicyDocument Read(IndexReader reader, int docId)
    {
        var bytes = BinaryValues.Read(reader, docId, IndexFields.HitSummary);
        return JsonSerializer.Deserialize<PolicyDocument>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), PolicyJson.Options)
            ?? throw new InvalidDataException("An indexed document's hit summary is null.");
    }

    private static PolicyDocument Summarize(PolicyDocument document) => document with { Body = string.Empty, Extra = null };
}
