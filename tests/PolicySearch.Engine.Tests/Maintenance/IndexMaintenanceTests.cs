using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Errors;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Maintenance;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Maintenance;

public sealed class IndexMaintenanceTests
{
    private readonly IndexMaintenance _maintenance = new(NullLogger.Instance);

    [Fact]
    public void A_healthy_index_checks_clean_with_its_documents_per_segment()
    {
        using var index = TwoSegments();

        var report = _maintenance.Check(index.Options.Path);

        Assert.True(report.Clean);
        Assert.True(report.Readable);
        Assert.Equal(3, report.DocumentCount);
        Assert.Equal([2, 1], report.Segments.Select(segment => segment.DocumentCount).Order().Reverse());
        Assert.All(report.Segments, segment => Assert.Null(segment.Error));
    }

    [Fact]
    public void A_truncated_segment_is_reported_broken_with_the_documents_a_fix_would_lose()
    {
        using var index = TwoSegments();
        var damaged = Truncate(index.Options.Path, "_1.fnm");

        var report = _maintenance.Check(index.Options.Path);

        Assert.False(report.Clean);
        Assert.True(report.Fixable);
        Assert.Equal(1, report.BrokenSegmentCount);
        Assert.Equal(1, report.DocumentsLostByFix);
        Assert.Contains(report.Segments, segment => segment.Name == "_1" && segment.Broken);
        Assert.True(File.Exists(damaged), "check must not change the index");
    }

    [Fact]
    public void Opening_a_damaged_index_for_search_names_the_index_and_the_recovery_path()
    {
        using var index = TwoSegments();
        Truncate(index.Options.Path, "_1.fnm");

        var error = Assert.Throws<PolicySearchException>(() => PolicyIndexReader.Open(index.Options, NullLogger.Instance));

        Assert.Equal(ErrorCodes.IndexCorrupt, error.Code);
        Assert.Contains(index.Options.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("policysearch check --fix", error.Message, StringComparison.Ordinal);
        Assert.Contains("reextract", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_garbage_commit_file_is_unreadable_and_refused_by_writer_and_reader_as_corrupt()
    {
        using var index = TwoSegments();
        var commit = Directory.GetFiles(index.Options.Path, "segments_*").Single();
        File.WriteAllBytes(commit, [.. Enumerable.Range(0, 300).Select(i => (byte)((i * 97) + 13))]);

        var report = _maintenance.Check(index.Options.Path);
        var writerError = Assert.Throws<PolicySearchException>(() => PolicyIndexWriter.Open(index.Options, NullLogger.Instance));
        var readerError = Assert.Throws<PolicySearchException>(() => PolicyIndexReader.Open(index.Options, NullLogger.Instance));
        var fixError = Assert.Throws<PolicySearchException>(() => _maintenance.Fix(index.Options.Path));

        Assert.False(report.Readable);
        Assert.False(report.Fixable);
        Assert.NotNull(report.Problem);
        Assert.Equal(ErrorCodes.IndexCorrupt, writerError.Code);
        Assert.Equal(ErrorCodes.IndexCorrupt, readerError.Code);
        Assert.Equal(ErrorCodes.IndexCorrupt, fixError.Code);
    }

    [Fact]
    public void Fix_drops_the_broken_segment_and_the_rest_stays_searchable()
    {
        using var index = TwoSegments();
        Truncate(index.Options.Path, "_1.fnm");

        var result = _maintenance.Fix(index.Options.Path);

        Assert.Equal(["_1"], result.DroppedSegments);
        Assert.Equal(1, result.DocumentsLost);
        Assert.Equal(2, result.DocumentsRemaining);
        Assert.True(_maintenance.Check(index.Options.Path).Clean);
        Assert.NotNull(index.Reader.FindDocument("a"));
        Assert.Null(index.Reader.FindDocument("c"));
    }

    [Fact]
    public void Fix_is_refused_while_a_writer_holds_the_index()
    {
        using var index = TwoSegments();
        using var writer = PolicyIndexWriter.Open(index.Options, NullLogger.Instance);

        var error = Assert.Throws<PolicySearchException>(() => _maintenance.Fix(index.Options.Path));

        Assert.Equal(ErrorCodes.IndexLocked, error.Code);
        Assert.Contains(index.Options.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_a_directory_without_an_index_says_so()
    {
        using var directory = new TemporaryDirectory();

        var error = Assert.Throws<PolicySearchException>(() => _maintenance.Check(directory.Path));

        Assert.Equal(ErrorCodes.IndexNotFound, error.Code);
    }

    /// <summary>Two commits of a fresh index: segment _0 holds a and b, segment _1 holds c.</summary>
    internal static TestIndex TwoSegments()
    {
        var index = new TestIndex(Document("a", "关于优化营商环境的通知", "营商环境正文"), Document("b", "法治政府建设纲要", "法治政府正文"));
        index.Write(Document("c", "政务公开工作要点", "政务公开正文"));
        return index;
    }

    private static string Truncate(string indexPath, string file)
    {
        var path = Path.Combine(indexPath, file);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
        return path;
    }
}
