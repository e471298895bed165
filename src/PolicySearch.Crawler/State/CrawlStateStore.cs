using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Crawler.State;

/// <summary>
/// One SQLite database per site: the frontier of the current run, every fetched URL (status, validators, hashes,
/// document id, compressed raw body) and the runs. Used from one thread.
/// </summary>
public sealed class CrawlStateStore : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, finished_at TEXT,
            completed INTEGER NOT NULL DEFAULT 0, report TEXT);
        CREATE TABLE IF NOT EXISTS frontier (url_key TEXT PRIMARY KEY, fetch_url TEXT NOT NULL, kind INTEGER NOT NULL,
            depth INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0, seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS pages (url_key TEXT PRIMARY KEY, fetch_url TEXT NOT NULL, kind INTEGER NOT NULL,
            status INTEGER NOT NULL, outcome TEXT, etag TEXT, last_modified TEXT, content_type TEXT, content_hash TEXT,
            indexed_hash TEXT, document_id TEXT, parent_key TEXT, fetched_at TEXT NOT NULL, raw BLOB);
        CREATE INDEX IF NOT EXISTS pages_by_hash ON pages (content_hash);
        CREATE INDEX IF NOT EXISTS pages_by_parent ON pages (parent_key);
        """;

    private readonly SqliteConnection _connection;
    private long _sequence;
    private SqliteTransaction? _transaction;

    private CrawlStateStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    public static CrawlStateStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        var store = new CrawlStateStore(connection, path);
        store.Execute(Schema);
        if (Convert.ToInt64(store.Scalar("SELECT COUNT(*) FROM pragma_table_info('pages') WHERE name = 'error'"), CultureInfo.InvariantCulture) == 0)
        {
            // State written before the error column existed.
            store.Execute("ALTER TABLE pages ADD COLUMN error TEXT");
        }

        store._sequence = Convert.ToInt64(store.Scalar("SELECT COALESCE(MAX(seq), 0) FROM frontier"), CultureInfo.InvariantCulture);
        return store;
    }

    /// <summary>Resumes the last run if it did not complete; otherwise starts a new one with an empty frontier.</summary>
    public (long RunId, bool Resumed) BeginRun()
    {
        var open = Scalar("SELECT id FROM runs WHERE completed = 0 ORDER BY id DESC LIMIT 1");
        if (open is long id)
        {
            return (id, true);
        }

        Execute("DELETE FROM frontier");
        Execute("INSERT INTO runs (started_at) VALUES ($now)", ("$now", Now()));
        return ((long)Scalar("SELECT last_insert_rowid()")!, false);
    }

    public void FinishRun(long runId, string reportJson) =>
        Execute("UPDATE runs SET completed = 1, finished_at = $now, report = $report WHERE id = $id", ("$now", Now()), ("$report", reportJson), ("$id", runId));

    public int CompletedRuns() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM runs WHERE completed = 1"), CultureInfo.InvariantCulture);

    /// <summary>Queues a URL unless this run already has it; returns whether it was new.</summary>
    public bool Enqueue(string key, Uri url, PageKind kind, int depth) =>
        Execute(
            "INSERT OR IGNORE INTO frontier (url_key, fetch_url, kind, depth, seq) VALUES ($key, $url, $kind, $depth, $seq)",
            ("$key", key), ("$url", url.AbsoluteUri), ("$kind", (int)kind), ("$depth", depth), ("$seq", ++_sequence)) > 0;

    public IReadOnlyList<FrontierEntry> Pending()
    {
        using var command = Command("SELECT url_key, fetch_url, kind, depth FROM frontier WHERE done = 0 ORDER BY seq");
        using var reader = command.ExecuteReader();
        var entries = new List<FrontierEntry>();
        while (reader.Read())
        {
            entries.Add(new FrontierEntry(reader.GetString(0), new Uri(reader.GetString(1)), (PageKind)reader.GetInt32(2), reader.GetInt32(3)));
        }

        return entries;
    }

    public int DoneCount() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM frontier WHERE done = 1"), CultureInfo.InvariantCulture);

    public PageRecord? Get(string key) => PageQueries.Read(Command("SELECT * FROM pages WHERE url_key = $key", ("$key", key))).FirstOrDefault();

    public IReadOnlyList<PageRecord> Children(string parentKey) =>
        PageQueries.Read(Command("SELECT * FROM pages WHERE parent_key = $key", ("$key", parentKey)));

    /// <summary>Detail pages with a stored body, for re-extraction.</summary>
    public IReadOnlyList<PageRecord> StoredDetailPages() =>
        PageQueries.Read(Command("SELECT * FROM pages WHERE kind = 1 AND raw IS NOT NULL ORDER BY url_key"));

    /// <summary>Pages that have a document in the index, to re-check on a new run.</summary>
    public IReadOnlyList<PageRecord> IndexedDetailPages() =>
        PageQueries.Read(Command("SELECT * FROM pages WHERE kind = 1 AND document_id IS NOT NULL ORDER BY url_key"));

    /// <summary>Pages and attachments that were not indexed, with the reason code, in URL order.</summary>
    public IReadOnlyList<PageRecord> Errors() =>
        PageQueries.Read(Command("SELECT * FROM pages WHERE error IS NOT NULL ORDER BY fetch_url"));

    /// <summary>The document of another URL with the same indexed content, if any.</summary>
    public string? DocumentWithContent(string contentHash, string exceptKey) =>
        Scalar(
            "SELECT document_id FROM pages WHERE indexed_hash = $hash AND url_key <> $key AND document_id IS NOT NULL LIMIT 1",
            ("$hash", contentHash), ("$key", exceptKey)) as string;

    /// <summary>
    /// Marks an indexed page whose attachments were never fetched, so the next run reads it again, fetching them, however
    /// fresh it is: its indexed hash no longer matches its content, and the page counts as changed, not new.
    /// </summary>
    public void MarkAttachmentsPending(string key) =>
        Execute("UPDATE pages SET indexed_hash = $pending WHERE url_key = $key AND indexed_hash IS NOT NULL", ("$pending", AttachmentsPending), ("$key", key));

    /// <summary>The indexed hash of a page marked by <see cref="MarkAttachmentsPending"/>.</summary>
    public const string AttachmentsPending = "attachments-pending";

    /// <summary>Writes a checkpoint in one transaction: page records and the frontier entries finished.</summary>
    public void Checkpoint(IReadOnlyCollection<PageRecord> pages, IReadOnlyCollection<string> finishedKeys)
    {
        using var transaction = _connection.BeginTransaction();
        _transaction = transaction;
        try
        {
            foreach (var page in pages)
            {
                using var upsert = PageQueries.Upsert(Command(string.Empty), page);
                upsert.ExecuteNonQuery();
            }

            foreach (var key in finishedKeys)
            {
                Execute("UPDATE frontier SET done = 1 WHERE url_key = $key", ("$key", key));
            }

            transaction.Commit();
        }
        finally
        {
            _transaction = null;
        }
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
