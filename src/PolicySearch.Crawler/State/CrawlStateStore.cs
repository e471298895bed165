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
        CREATE TABLE IF NOT EXISTS host_blocks (host TEXT PRIMARY KEY, until TEXT NOT NULL, url TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS list_data (url_key TEXT PRIMARY KEY, fields TEXT NOT NULL);
        """;

    /// <summary>Columns added after the first release, created on open in state files that lack them.</summary>
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("pages", "error", "TEXT"),
        ("pages", "found_on", "TEXT"),
        ("frontier", "found_on", "TEXT"),
        ("frontier", "blocked", "INTEGER NOT NULL DEFAULT 0"),
        ("pages", "document_hash", "TEXT"),
    ];

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
        foreach (var (table, column, definition) in AddedColumns)
        {
            if (Convert.ToInt64(store.Scalar($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'"), CultureInfo.InvariantCulture) == 0)
            {
                store.Execute($"ALTER TABLE {table} ADD COLUMN {column} {definition}");
            }
        }

        store.Execute("CREATE INDEX IF NOT EXISTS pages_by_document_hash ON pages (document_hash)");

        store._sequence = Convert.ToInt64(store.Scalar("SELECT COALESCE(MAX(seq), 0) FROM frontier"), CultureInfo.InvariantCulture);
        return store;
    }

    /// <summary>
    /// Resumes the last run if it did not complete; otherwise starts a new one whose frontier keeps only the URLs
    /// still waiting after an anti-bot answer (they are tried again after everything else).
    /// </summary>
    public (long RunId, bool Resumed) BeginRun()
    {
        var open = Scalar("SELECT id FROM runs WHERE completed = 0 ORDER BY id DESC LIMIT 1");
        if (open is long id)
        {
            return (id, true);
        }

        Execute("DELETE FROM frontier WHERE blocked = 0 OR done = 1");
        Execute("INSERT INTO runs (started_at) VALUES ($now)", ("$now", Now()));
        return ((long)Scalar("SELECT last_insert_rowid()")!, false);
    }

    public void FinishRun(long runId, string reportJson) =>
        Execute("UPDATE runs SET completed = 1, finished_at = $now, report = $report WHERE id = $id", ("$now", Now()), ("$report", reportJson), ("$id", runId));

    public int CompletedRuns() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM runs WHERE completed = 1"), CultureInfo.InvariantCulture);

    /// <summary>Queues a URL unless this run already has it; returns whether it was new.</summary>
    /// <param name="foundOn">The list page or sitemap the link was found on (for category rules by list).</param>
    public bool Enqueue(string key, Uri url, PageKind kind, int depth, string? foundOn = null) =>
        Execute(
            "INSERT OR IGNORE INTO frontier (url_key, fetch_url, kind, depth, seq, found_on) VALUES ($key, $url, $kind, $depth, $seq, $found)",
            ("$key", key), ("$url", url.AbsoluteUri), ("$kind", (int)kind), ("$depth", depth), ("$seq", ++_sequence), ("$found", foundOn)) > 0;

    /// <summary>Queues a URL again in this run, even when it is done already.</summary>
    public void Requeue(string key, Uri url, PageKind kind, string? foundOn)
    {
        if (!Enqueue(key, url, kind, 1, foundOn))
        {
            Execute("UPDATE frontier SET done = 0, blocked = 0 WHERE url_key = $key", ("$key", key));
        }
    }

    /// <summary>URLs of this run not yet done: those never tried first (in the order found), then those an anti-bot answer held back.</summary>
    public IReadOnlyList<FrontierEntry> Pending()
    {
        using var command = Command("SELECT url_key, fetch_url, kind, depth, found_on, blocked FROM frontier WHERE done = 0 ORDER BY blocked, seq");
        using var reader = command.ExecuteReader();
        var entries = new List<FrontierEntry>();
        while (reader.Read())
        {
            entries.Add(new FrontierEntry(reader.GetString(0), new Uri(reader.GetString(1)), (PageKind)reader.GetInt32(2), reader.GetInt32(3))
            {
                FoundOn = reader.IsDBNull(4) ? null : reader.GetString(4),
                Blocked = reader.GetInt32(5) != 0,
            });
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

    /// <summary>Every page and attachment that has a document, without bodies: what the index should hold.</summary>
    public IReadOnlyList<PageRecord> IndexedRecords() =>
        PageQueries.Read(Command(
            "SELECT url_key, fetch_url, kind, status, fetched_at, indexed_hash, document_id, parent_key, found_on, NULL AS raw FROM pages WHERE document_id IS NOT NULL ORDER BY url_key"));

    /// <summary>The keys of every URL the state has a record of.</summary>
    public IReadOnlyList<string> KnownKeys()
    {
        using var command = Command("SELECT url_key FROM pages");
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Forgets that a page's document is indexed, so the crawl fetches and indexes it again.</summary>
    public void ForgetIndexed(string key) => Execute("UPDATE pages SET indexed_hash = NULL WHERE url_key = $key", ("$key", key));

    /// <summary>Hosts an anti-bot answer made the crawler back off from, with when that ends.</summary>
    public IReadOnlyList<HostBlock> HostBlocks()
    {
        using var command = Command("SELECT host, until, url, reason FROM host_blocks ORDER BY host");
        using var reader = command.ExecuteReader();
        var blocks = new List<HostBlock>();
        while (reader.Read())
        {
            blocks.Add(new HostBlock(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3)));
        }

        return blocks;
    }

    public void SaveHostBlocks(IEnumerable<HostBlock> blocks)
    {
        foreach (var block in blocks)
        {
            Execute(
                "INSERT OR REPLACE INTO host_blocks (host, until, url, reason) VALUES ($host, $until, $url, $reason)",
                ("$host", block.Host), ("$until", block.Until.ToString("O", CultureInfo.InvariantCulture)), ("$url", block.Url), ("$reason", block.Reason));
        }
    }

    /// <summary>Pages and attachments that were not indexed, with the reason code, in URL order.</summary>
    public IReadOnlyList<PageRecord> Errors() =>
        PageQueries.Read(Command("SELECT * FROM pages WHERE error IS NOT NULL ORDER BY fetch_url"));

    /// <summary>The document of another URL with the same extracted document (title, text, metadata), if any.</summary>
    public string? DocumentWithContent(string documentHash, string exceptKey) =>
        Scalar(
            "SELECT document_id FROM pages WHERE document_hash = $hash AND url_key <> $key AND document_id IS NOT NULL LIMIT 1",
            ("$hash", documentHash), ("$key", exceptKey)) as string;

    /// <summary>Keeps the metadata a list gave for a page (JSON list APIs), for when the page is read.</summary>
    public void SaveListData(string key, string fieldsJson) =>
        Execute(
            "INSERT INTO list_data (url_key, fields) VALUES ($key, $fields) ON CONFLICT (url_key) DO UPDATE SET fields = excluded.fields",
            ("$key", key), ("$fields", fieldsJson));

    /// <summary>The metadata a list gave for a page, as stored JSON, or null.</summary>
    public string? ListData(string key) => Scalar("SELECT fields FROM list_data WHERE url_key = $key", ("$key", key)) as string;

    /// <summary>
    /// Marks an indexed page whose attachments were never fetched, so the next run reads it again, fetching them, however
    /// fresh it is: its indexed hash no longer matches its content, and the page counts as changed, not new.
    /// </summary>
    public void MarkAttachmentsPending(string key) =>
        Execute("UPDATE pages SET indexed_hash = $pending WHERE url_key = $key AND indexed_hash IS NOT NULL", ("$pending", AttachmentsPending), ("$key", key));

    /// <summary>The indexed hash of a page marked by <see cref="MarkAttachmentsPending"/>.</summary>
    public const string AttachmentsPending = "attachments-pending";

    /// <summary>Writes a checkpoint in one transaction: page records, the frontier entries finished, and those an anti-bot answer held back.</summary>
    public void Checkpoint(IReadOnlyCollection<PageRecord> pages, IReadOnlyCollection<string> finishedKeys, IReadOnlyCollection<string>? blockedKeys = null)
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
                Execute("UPDATE frontier SET done = 1, blocked = 0 WHERE url_key = $key", ("$key", key));
            }

            foreach (var key in blockedKeys ?? [])
            {
                Execute("UPDATE frontier SET blocked = 1 WHERE url_key = $key", ("$key", key));
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
