using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;
using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace PolicySearch.Engine.Tests.Indexing;

public class PolicyIndexWriterTests
{
    [Fact]
    public void Writing_the_same_id_again_replaces_the_document()
    {
        using var index = new TestIndex(Document("a", "旧标题", "旧正文"));
        index.Write(Document("a", "新标题", "新正文"));

        var statistics = index.Reader.GetStatistics();

        Assert.Equal(1, statistics.DocumentCount);
        Assert.Equal("新标题", index.Reader.FindDocument("a")!.Title);
    }

    [Fact]
    public void A_commit_records_the_schema_version_and_time()
    {
        using var index = new TestIndex(Document("a", "标题", "正文"));

        var statistics = index.Reader.GetStatistics();

        Assert.Equal(PolicySearch.Engine.Schema.IndexSchema.Version, statistics.SchemaVersion);
        Assert.NotNull(statistics.LastCommitTime);
        Assert.True(statistics.SizeBytes > 0);
    }

    [Fact]
    public void Word_fields_keep_frequencies_without_positions_and_bigram_fields_keep_positions_for_phrases()
    {
        using var index = new TestIndex(Document("a", "法治政府建设", "坚持依法行政，建设法治政府。"));
        using var lucene = FSDirectory.Open(index.Options.Path);
        using var reader = DirectoryReader.Open(lucene);

        var fields = MultiFields.GetMergedFieldInfos(reader);

        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS, fields.FieldInfo("title")!.IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS, fields.FieldInfo("body")!.IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo("title_cjk")!.IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo("body_cjk")!.IndexOptions);
        Assert.Equal(LuceneIndexOptions.DOCS_ONLY, fields.FieldInfo("body_chars")!.IndexOptions);
    }

    [Fact]
    public void A_second_writer_is_refused_at_once_with_a_clear_message()
    {
        using var index = new TestIndex();
        using var first = PolicyIndexWriter.Open(index.Options, NullLogger.Instance);

        var error = Assert.Throws<PolicySearchException>(() => PolicyIndexWriter.Open(index.Options, NullLogger.Instance));

        Assert.Equal(ErrorCodes.IndexLocked, error.Code);
        Assert.Contains("another process", error.Message);
    }

    [Fact]
    public void A_missing_index_is_reported_with_how_to_build_one()
    {
        using var directory = new TemporaryDirectory();
        var options = new IndexOptions { Path = Path.Combine(directory.Path, "nothing-here") };

        var error = Assert.Throws<PolicySearchException>(() => PolicyIndexReader.Open(options, NullLogger.Instance));

        Assert.Equal(ErrorCodes.IndexNotFound, error.Code);
        Assert.Contains("policysearch import", error.Message);
    }

    [Fact]
    public void A_reader_sees_documents_committed_after_it_opened_once_refreshed()
    {
        using var index = new TestIndex(Document("a", "第一份", "正文"));
        Assert.Equal(1, index.Reader.GetStatistics().DocumentCount);

        index.Write(Document("b", "第二份", "正文"));
        index.Reader.Refresh();

        Assert.Equal(2, index.Reader.GetStatistics().DocumentCount);
        Assert.Equal("b", index.Reader.Search(new SearchRequest("第二份")).Hits[0].Id);
    }

    [Fact]
    public void Uncommitted_documents_are_not_visible_after_a_rollback()
    {
        using var index = new TestIndex(Document("a", "已提交", "正文"));
        var writer = PolicyIndexWriter.Open(index.Options, NullLogger.Instance);
        writer.AddOrUpdate(Document("b", "未提交", "正文"));
        writer.Rollback();

        Assert.Null(index.Reader.FindDocument("b"));
        Assert.NotNull(index.Reader.FindDocument("a"));
    }
}
