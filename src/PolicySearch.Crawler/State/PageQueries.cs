using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicySearch.Crawler.State;

/// <summary>Row mapping of the pages table.</summary>
internal static class PageQueries
{
    public static List<PageRecord> Read(SqliteCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToHashSet(StringComparer.Ordinal);
            var pages = new List<PageRecord>();
            while (reader.Read())
            {
                pages.Add(new PageRecord
                {
                    Key = reader.GetString(reader.GetOrdinal("url_key")),
                    FetchUrl = reader.GetString(reader.GetOrdinal("fetch_url")),
                    Kind = reader.GetInt32(reader.GetOrdinal("kind")),
                    Status = reader.GetInt32(reader.GetOrdinal("status")),
                    Outcome = Text(reader, columns, "outcome"),
                    Error = Text(reader, columns, "error"),
                    ETag = Text(reader, columns, "etag"),
                    LastModified = Text(reader, columns, "last_modified"),
                    ContentType = Text(reader, columns, "content_type"),
                    ContentHash = Text(reader, columns, "content_hash"),
                    IndexedHash = Text(reader, columns, "indexed_hash"),
                    DocumentHash = Text(reader, columns, "document_hash"),
                    DocumentId = Text(reader, columns, "document_id"),
                    ParentKey = Text(reader, columns, "parent_key"),
                    FetchedAt = DateTimeOffset.Parse(reader.GetString(reader.GetOrdinal("fetched_at")), CultureInfo.InvariantCulture),
                    FoundOn = Text(reader, columns, "found_on"),
                    RawGzip = !columns.Contains("raw") || reader.IsDBNull(reader.GetOrdinal("raw")) ? null : (byte[])reader["raw"],
                });
            }

            return pages;
        }
    }

    public static SqliteCommand Upsert(SqliteCommand command, PageRecord page)
    {
        command.CommandText = """
            INSERT INTO pages (url_key, fetch_url, kind, status, outcome, etag, last_modified, content_type, content_hash,
                indexed_hash, document_id, parent_key, fetched_at, raw, error, found_on, document_hash)
            VALUES ($key, $url, $kind, $status, $outcome, $etag, $modified, $type, $hash, $indexed, $doc, $parent, $at, $raw, $error, $found, $document)
            ON CONFLICT (url_key) DO UPDATE SET fetch_url = excluded.fetch_url, kind = excluded.kind, status = excluded.status,
                outcome = excluded.outcome, etag = excluded.etag, last_modified = excluded.last_modified,
                content_type = excluded.content_type, content_hash = excluded.content_hash, indexed_hash = excluded.indexed_hash,
                document_id = excluded.document_id, parent_key = excluded.parent_key, fetched_at = excluded.fetched_at, raw = excluded.raw,
                error = excluded.error, found_on = excluded.found_on, document_hash = excluded.document_hash
            """;
        Add(command, "$key", page.Key);
        Add(command, "$url", page.FetchUrl);
        Add(command, "$kind", page.Kind);
        Add(command, "$status", page.Status);
        Add(command, "$outcome", page.Outcome);
        Add(command, "$etag", page.ETag);
        Add(command, "$modified", page.LastModified);
        Add(command, "$type", page.ContentType);
        Add(command, "$hash", page.ContentHash);
        Add(command, "$indexed", page.IndexedHash);
        Add(command, "$doc", page.DocumentId);
        Add(command, "$parent", page.ParentKey);
        Add(command, "$at", page.FetchedAt.ToString("O", CultureInfo.InvariantCulture));
        Add(command, "$raw", page.RawGzip);
        Add(command, "$error", page.Error);
        Add(command, "$found", page.FoundOn);
        Add(command, "$document", page.DocumentHash);
        return command;
    }

    private static void Add(SqliteCommand command, string name, object? value) => command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    /// <summary>The column's text, or null when it is NULL or the query did not select it.</summary>
    private static string? Text(SqliteDataReader reader, HashSet<string> columns, string column)
    {
        if (!columns.Contains(column))
        {
            return null;
        }

        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
