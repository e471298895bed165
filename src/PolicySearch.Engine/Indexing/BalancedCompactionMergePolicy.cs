using Lucene.Net.Index;

namespace PolicySearch.Engine.Indexing;

/// <summary>
/// The tiered merge policy, except that a forced merge to N &gt; 1 segments splits the segments into N
/// groups of about equal size, one merge each, so the merge scheduler runs them side by side. Lucene's
/// own forced merge leaves the largest segments alone and merges the rest in one merge on one thread,
/// which left a core idle for the last sixth of a bulk import (docs/benchmarks.md).
/// </summary>
internal sealed class BalancedCompactionMergePolicy : TieredMergePolicy
{
    public override MergeSpecification? FindForcedMerges(
        SegmentInfos infos,
        int maxSegmentCount,
        IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        ArgumentNullException.ThrowIfNull(infos);
        ArgumentNullException.ThrowIfNull(segmentsToMerge);
        if (maxSegmentCount <= 1)
        {
            return base.FindForcedMerges(infos, maxSegmentCount, segmentsToMerge);
        }

        var merging = m_writer.Get().MergingSegments;
        var eligible = infos.Where(segmentsToMerge.ContainsKey).ToList();
        if (eligible.Count <= maxSegmentCount || eligible.Any(merging.Contains))
        {
            // Done, or a merge of this compaction is still running: asked again when it finishes.
            return null;
        }

        var groups = Enumerable.Range(0, maxSegmentCount).Select(_ => new SegmentGroup()).ToArray();
        foreach (var (segment, bytes) in eligible.Select(segment => (segment, Size(segment))).OrderByDescending(pair => pair.Item2))
        {
            groups.MinBy(group => group.Bytes)!.Add(segment, bytes);
        }

        var positions = infos.Select((segment, position) => (segment, position)).ToDictionary(pair => pair.segment, pair => pair.position);
        var specification = new MergeSpecification();
        foreach (var group in groups.Where(group => group.Segments.Count > 1))
        {
            // In index order, so documents keep their relative order (it breaks ties between equal scores).
            var inIndexOrder = group.Segments.OrderBy(segment => positions[segment]).ToList();
            specification.Add(new OneMerge(inIndexOrder) { MaxNumSegments = maxSegmentCount });
        }

        return specification.Merges.Count == 0 ? null : specification;
    }

    private sealed class SegmentGroup
    {
        public List<SegmentCommitInfo> Segments { get; } = [];

        public long Bytes { get; private set; }

        public void Add(SegmentCommitInfo segment, long bytes)
        {
            Segments.Add(segment);
            Bytes += bytes;
        }
    }
}
