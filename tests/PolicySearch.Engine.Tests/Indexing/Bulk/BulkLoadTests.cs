using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Indexing.Bulk;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Indexing.Bulk;

/// <summary>Bulk loads through the real writer into an index on disk.</summary>
public sealed class BulkLoadTests : IDisposable
{
    private readonly TestIndex _index = new(Document("a", "旧的甲", "旧正文"), Document("b", "乙", "乙的正文"));

    private string StagingFolder => Path.Combine(_index.Options.Path, "bulk-load");

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task A_commit_replaces_documents_already_in_the_index_and_adds_the_new_ones()
    {
        using (var writer = PolicyIndexWriter.Open(_index.Options, NullLogger.Instance))
        using (var load = writer.BeginBulkLoad())
        {
            load.AddOrUpdate(Document("a", "新的甲", "新正文"));
            load.AddOrUpdate(Document("c", "丙", "丙的正文"));
            await load.CommitAsync();
        }

        Assert.Equal(3, _index.Reader.GetStatistics().DocumentCount);
        Assert.Equal("新的甲", _index.Reader.FindDocument("a")!.Title);
        Assert.Equal("乙", _index.Reader.FindDocument("b")!.Title);
        Assert.False(Directory.Exists(StagingFolder));
    }

    [Fact]
    public async Task An_id_that_comes_twice_keeps_the_later_document_within_a_batch_and_across_batches()
    {
        using (var writer = PolicyIndexWriter.Open(_index.Options, NullLogger.Instance))
        using (var load = writer.BeginBulkLoad())
        {
            load.AddOrUpdate(Document("x", "第一版", "正文一"));
            load.AddOrUpdate(Document("x", "第二版", "正文二"));
            load.AddOrUpdate(Document("x", "第三版", "正文三"));
            await load.CommitAsync();
            load.AddOrUpdate(Document("x", "第四版", "正文四"));
            await load.CommitAsync();
        }

        Assert.Equal(3, _index.Reader.GetStatistics().DocumentCount);
        Assert.Equal("第四版", _index.Reader.FindDocument("x")!.Title);
    }

    [Fact]
    public void Nothing_reaches_the_index_before_a_commit_and_disposing_drops_it_with_the_staging_folder()
    {
        using (var writer = PolicyIndexWriter.Open(_index.Options, NullLogger.Instance))
        using (var load = writer.BeginBulkLoad())
        {
            load.AddOrUpdate(Document("c", "丙", "丙的正文"));
            Assert.True(Directory.Exists(StagingFolder));
        }

        Assert.Equal(2, _index.Reader.GetStatistics().DocumentCount);
        Assert.Null(_index.Reader.FindDocument("c"));
        Assert.False(Directory.Exists(StagingFolder));
    }

    [Fact]
    public async Task A_staging_folder_left_by_a_killed_load_is_cleared_when_the_next_load_starts()
    {
        Directory.CreateDirectory(StagingFolder);
        await File.WriteAllTextAsync(Path.Combine(StagingFolder, "_1.fdt"), "half written");

        using (var writer = PolicyIndexWriter.Open(_index.Options, NullLogger.Instance))
        using (var load = writer.BeginBulkLoad())
        {
            Assert.False(File.Exists(Path.Combine(StagingFolder, "_1.fdt")));
            load.AddOrUpdate(Document("c", "丙", "丙的正文"));
            await load.CommitAsync();
        }

        Assert.Equal(3, _index.Reader.GetStatistics().DocumentCount);
    }

    [Fact]
    public async Task Segments_flushed_when_the_buffer_fills_and_adds_from_two_threads_during_commits_all_reach_the_index()
    {
        var documents = SampleIndexFixture.ArchiveDocuments().Take(200).ToList();
        var options = new PolicySearch.Engine.IndexOptions { Path = _index.Options.Path, RamBufferMB = 1 };

        using (var writer = PolicyIndexWriter.Open(options, NullLogger.Instance))
        using (var load = writer.BeginBulkLoad())
        {
            var halves = documents.Chunk(100).Select(half => Task.Run(() => AddAll(load, half))).ToList();
            while (!halves.All(half => half.IsCompleted))
            {
                await load.CommitAsync();
            }

            await Task.WhenAll(halves);
            await load.CommitAsync();
        }

        var statistics = _index.Reader.GetStatistics();
        Assert.Equal(202, statistics.DocumentCount);
        Assert.All(documents, document => Assert.Equal(document.Title, _index.Reader.FindDocument(document.Id)!.Title));
    }

    private static void AddAll(BulkLoad load, IEnumerable<PolicyDocument> documents)
    {
        foreach (var document in documents)
        {
            load.AddOrUpdate(document);
        }
    }
}
