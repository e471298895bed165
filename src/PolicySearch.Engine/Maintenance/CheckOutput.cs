using System.Text.RegularExpressions;
using Lucene.Net.Index;
using PolicySearch.Core.Maintenance;

namespace PolicySearch.Engine.Maintenance;

/// <summary>
/// Turns a CheckIndex status into a report. CheckIndex keeps a segment's exception only in its
/// info stream, so the first line after "full exception:" is taken as that segment's error.
/// </summary>
internal static partial class CheckOutput
{
    public static IndexCheckReport ToReport(CheckIndex.Status status, string output, string path)
    {
        var (segmentErrors, indexProblem) = ReadErrors(output);
        var readable = !status.MissingSegments && !status.CantOpenSegments && !status.MissingSegmentVersion;
        var segments = status.SegmentInfos
            .Select(segment => new SegmentCheck(
                segment.Name,
                segment.DocCount - segment.NumDeleted,
                (long)(segment.SizeMB * 1_048_576),
                segmentErrors.GetValueOrDefault(segment.Name) ?? (segment.OpenReaderPassed ? null : "the segment could not be opened")))
            .ToList();
        var broken = readable ? Math.Max(status.NumBadSegments, segments.Count(segment => segment.Broken)) : 0;
        return new IndexCheckReport(
            path,
            Clean: status.Clean,
            Readable: readable,
            CommitFile: status.SegmentsFileName,
            Generation: GenerationOf(status.SegmentsFileName),
            DocumentCount: segments.Sum(segment => segment.DocumentCount),
            BrokenSegmentCount: broken,
            DocumentsLostByFix: status.TotLoseDocCount,
            Segments: segments,
            Problem: readable ? null : indexProblem ?? "no segments_N file could be read");
    }

    private static (Dictionary<string, string> Segments, string? Index) ReadErrors(string output)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        string? indexProblem = null;
        var takeNext = false;
        foreach (var line in output.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            var header = SegmentHeader().Match(line);
            if (header.Success)
            {
                current = header.Groups[1].Value;
                continue;
            }

            if (takeNext && line.Trim().Length > 0)
            {
                if (current is null)
                {
                    indexProblem ??= line.Trim();
                }
                else
                {
                    errors.TryAdd(current, Indexing.LuceneDirectories.ShortMessage(new InvalidDataException(line.Trim())));
                }

                takeNext = false;
                continue;
            }

            if (line.Contains("full exception:", StringComparison.Ordinal))
            {
                takeNext = true;
            }
            else if (line.StartsWith("ERROR:", StringComparison.Ordinal))
            {
                indexProblem ??= line["ERROR:".Length..].Trim();
                takeNext = current is null && indexProblem.Length == 0;
            }
        }

        return (errors, indexProblem);
    }

    private static long GenerationOf(string? commitFile) =>
        commitFile is null || !commitFile.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal)
            ? 0
            : SegmentInfos.GenerationFromSegmentsFileName(commitFile);

    [GeneratedRegex(@"^\s+\d+ of \d+: name=(\S+)")]
    private static partial Regex SegmentHeader();
}
