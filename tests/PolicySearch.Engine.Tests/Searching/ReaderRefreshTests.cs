using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Search;
using PolicySearch.Engine.Searching;
using PolicySearch.Engine.Tests.Support;
using static PolicySearch.TestSupport.TestIndex;

namespace PolicySearch.Engine.Tests.Searching;

public sealed class ReaderRefreshTests
{
    [Fact]
    public void A_commit_from_another_writer_is_searchable_after_one_check()
    {
        using var index = new TestIndex(Document("a", "第一份", "正文"));
        var before = index.Reader.Generation;

        index.Write(Document("b", "第二份", "正文"));
        var changed = index.Reader.CheckForCommit();

        Assert.True(changed);
        Assert.True(index.Reader.Generation > before);
        Assert.Equal(index.Reader.GetStatistics().Generation, index.Reader.Generation);
        Assert.Equal("b", index.Reader.Search(new SearchRequest("第二份")).Hits[0].Id);
    }

    [Fact]
    public void A_check_without_a_new_commit_keeps_the_searcher()
    {
        using var index = new TestIndex(Document("a", "第一份", "正文"));
        var generation = index.Reader.Generation;

        Assert.False(index.Reader.CheckForCommit());
        Assert.False(index.Reader.CheckForCommit());
        Assert.Equal(generation, index.Reader.Generation);
    }

    [Fact]
    public void An_explicit_refresh_updates_the_generation_too()
    {
        using var index = new TestIndex(Document("a", "第一份", "正文"));
        var before = index.Reader.Generation;

        index.Write(Document("b", "第二份", "正文"));
        index.Reader.RefreshBlocking();

        Assert.Equal(index.Reader.GetStatistics().Generation, index.Reader.Generation);
        Assert.True(index.Reader.Generation > before);
    }

    [Fact]
    public void The_timer_picks_up_a_commit_without_being_asked()
    {
        using var index = new TestIndex(Document("a", "第一份", "正文"));
        var options = new IndexOptions { Path = index.Options.Path, RefreshInterval = TimeSpan.FromMilliseconds(50) };
        using var reader = PolicyIndexReader.Open(options, NullLogger.Instance);
        var before = reader.Generation;

        index.Write(Document("b", "第二份", "正文"));

        // A generous bound: the timer checks every 50 ms; only a stalled machine takes seconds.
        var seen = SpinWait.SpinUntil(() => reader.Generation != before, TimeSpan.FromSeconds(30));

        Assert.True(seen, "The timer did not pick up the commit within 30 s.");
        Assert.True(reader.Generation > before);
        Assert.Equal("b", reader.Search(new SearchRequest("第二份")).Hits[0].Id);
    }
}
