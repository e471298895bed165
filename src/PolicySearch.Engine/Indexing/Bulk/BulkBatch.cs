using PolicySearch.Core.Documents;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace PolicySearch.Engine.Indexing.Bulk;

/// <summary>
/// What one commit of a bulk load adds: the ids its segments hold (older documents with them are
/// replaced), a directory whose commit names the staged segments (null when there are none), and
/// documents whose id came twice, written after the segments.
/// </summary>
internal sealed record BulkBatch(
    IReadOnlyCollection<string> Ids,
    LuceneDirectory? Segments,
    int SegmentCount,
    IReadOnlyList<PolicyDocument> Repeated);
