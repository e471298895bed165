using Microsoft.Data.Sqlite;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Crawler.State;
using PolicySearch.Crawler.Tests.Support;

namespace PolicySearch.Crawler.Tests.State;

/// <summary>A state file written by the first release opens with every table and column added since, its rows kept.</summary>
public sealed class StateMigrationTests : IDisposable
{
    private const string FirstReleaseSchema = """
        CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
            completed INTEGER NOT NULL DEFAULT 0, report TEXT);
        CREATE TABLE frontier (url_key TEXT PRIMARY KEY, fetch_url TEXT NOT NULL, kind INTEGER NOT NULL,
            depth INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0, seq INTEGER NOT NULL);
        CREATE TABLE pages (url_key TEXT PRIMARY KEY, fetch_url TEXT NOT NULL, kind INTEGER NOT NULL,
            status INTEGER NOT NULL, outcome TEXT, etag TEXT, last_modified TEXT, content_type TEXT, content_hash TEXT,
            indexed_hash TEXT, document_id TEXT, parent_key TEXT, fetched_at TEXT NOT NULL, raw BLOB);
        INSERT INTO runs (started_at, finished_at, completed) VALUES ('2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 1);
        INSERT INTO pages (url_key, fetch_url, kind, status, outcome, content_hash, indexed_hash, document_id, fetched_at)
            VALUES ('http://example.gov.cn/a.html', 'http://example.gov.cn/a.html', 1, 200, 'Ok', 'h1', 'h1', 'site-old-a', '2026-01-01T00:00:30Z');
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_first_release_state_file_gains_host_blocks_list_data_and_the_new_page_columns()
    {
        var path = Path.Combine(_directory.Path, "old.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = FirstReleaseSchema;
            command.ExecuteNonQuery();
        }

        using var store = CrawlStateStore.Open(path);
        var old = Assert.Single(store.IndexedDetailPages());
        Assert.Equal("site-old-a", old.DocumentId);
        Assert.Null(old.DocumentHash);
        Assert.Null(old.FoundOn);

        store.Checkpoint([old with { DocumentHash = "d1", FoundOn = "http://example.gov.cn/list.html", Error = null }], []);
        store.SaveHostBlocks([new HostBlock("example.gov.cn", DateTimeOffset.Parse("2026-01-02T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), old.FetchUrl, "anti_bot")]);
        store.SaveListData(old.Key, """{"documentNumber":"样府规〔2021〕1号"}""");
        store.BeginRun();
        store.Enqueue("http://example.gov.cn/b.html", new Uri("http://example.gov.cn/b.html"), PageKind.Detail, 1, old.FetchUrl);

        var page = store.Get(old.Key)!;
        Assert.Equal(("d1", "http://example.gov.cn/list.html"), (page.DocumentHash, page.FoundOn));
        Assert.Equal("site-old-a", store.DocumentWithContent("d1", "http://example.gov.cn/other.html"));
        Assert.Equal("example.gov.cn", Assert.Single(store.HostBlocks()).Host);
        Assert.Contains("样府规", store.ListData(old.Key), StringComparison.Ordinal);
        Assert.Equal(old.FetchUrl, Assert.Single(store.Pending()).FoundOn);
    }
}
