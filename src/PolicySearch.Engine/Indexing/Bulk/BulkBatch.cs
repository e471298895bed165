using Lucene.Net.Index;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// What one commit of a bulk load adds: the ids its segments hold (older documents with them are
/// replaced), the staged segments, and documents whose id came twice, written after the segments.
/// </summary>
internal sealed record BulkBatch(
    IReadOnlyCollection<string> Ids,
    IReadOnlyList<SegmentCommitInfo> Segments,
    IReadOnlyList<PolicyDocument> Repeated);
