using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Indexing;

public class BulkLoadCompactionTests
{
    [Fact]
    public async Task A_load_that_wrote_most_of_the_index_is_merged_into_one_segment_and_stays_searchable()
    {
        using var index = new TestIndex();
        using (var writer = PolicyIndexWriter.Open(index.Options, NullLogger.Instance))
        {
            await WriteInCommitsAsync(writer, "a", count: 12, perCommit: 3);
            Assert.Equal(4, SegmentCount(index.Options.Path));

            Assert.True(await writer.CompactAfterBulkLoadAsync(documentsLoaded: 12));
        }

        Assert.Equal(1, SegmentCount(index.Options.Path));
        Assert.Equal(12, index.Reader.Search(new SearchRequest("规定") { Size = 20 }).Total);
    }

    [Fact]
    public async Task Compacting_into_two_segments_merges_two_halves_of_about_equal_size()
    {
        using var index = new TestIndex();
        var options = new Engine.IndexOptions { Path = index.Options.Path, RamBufferMB = 16, CompactedSegments = 2 };
        using (var writer = PolicyIndexWriter.Open(options, NullLogger.Instance))
        {
            await WriteInCommitsAsync(writer, "a", count: 12, perCommit: 2);
            Assert.Equal(6, SegmentCount(index.Options.Path));

            Assert.True(await writer.CompactAfterBulkLoadAsync(documentsLoaded: 12));
        }

        Assert.Equal([6, 6], SegmentSizes(index.Options.Path));
        Assert.Equal(12, index.Reader.Search(new SearchRequest("规定") { Size = 20 }).Total);
    }

    [Fact]
    public async Task A_small_load_into_a_larger_index_leaves_merging_to_the_merge_policy()
    {
        using var index = new TestIndex();
        using var writer = PolicyIndexWriter.Open(index.Options, NullLogger.Instance);
        await WriteInCommitsAsync(writer, "a", count: 12, perCommit: 6);
        await WriteInCommitsAsync(writer, "b", count: 2, perCommit: 2);

        Assert.False(await writer.CompactAfterBulkLoadAsync(documentsLoaded: 2));
        Assert.Equal(3, SegmentCount(index.Options.Path));
    }

    private static async Task WriteInCommitsAsync(PolicyIndexWriter writer, string prefix, int count, int perCommit)
    {
        for (var i = 0; i < count; i++)
        {
            writer.AddOrUpdate(Document($"{prefix}{i}", $"关于第{i}项事务的规定", $"第{i}项事务的管理规定正文。"));
            if ((i + 1) % perCommit == 0)
            {
                await writer.CommitAsync();
            }
        }
    }

    private static int SegmentCount(string path) => SegmentSizes(path).Count;

    private static List<int> SegmentSizes(string path)
    {
        using var directory = FSDirectory.Open(path);
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Select(segment => segment.Info.DocCount).Order().ToList();
    }
}
