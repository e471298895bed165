using Lucene.Net.Documents;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Where each article of a body starts and ends, found once at index time and stored as packed
/// variable-length integers, so a snippet picks its article without splitting the body per search.
/// </summary>
internal static class ArticleBounds
{
    public static StoredField Field(string body)
    {
        var articles = ArticleSplitter.Split(body);
        using var bytes = new MemoryStream(articles.Count * 4);
        using (var writer = new BinaryWriter(bytes))
        {
            var previousEnd = 0;
            foreach (var article in articles)
            {
                writer.Write7BitEncodedInt(article.Start - previousEnd);
                writer.Write7BitEncodedInt(article.End - article.Start);
                previousEnd = article.End;
            }
        }

        return new StoredField(IndexFields.ArticleBounds, bytes.ToArray());
    }

    /// <summary>The articles of a stored body; labels are read from the body's text, chapters are not kept.</summary>
    public static IReadOnlyList<DocumentArticle> Read(BytesRef? stored, string body)
    {
        if (stored is null || stored.Length == 0)
        {
            return [];
        }

        var articles = new List<DocumentArticle>();
        using var reader = new BinaryReader(new MemoryStream(stored.Bytes, stored.Offset, stored.Length, writable: false));
        var end = 0;
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var start = end + reader.Read7BitEncodedInt();
            end = start + reader.Read7BitEncodedInt();
            if (end > body.Length)
            {
                throw new InvalidDataException("A stored article lies beyond its body; rebuild the index.");
            }

            articles.Add(new DocumentArticle(string.Empty, null, start, end));
        }

        return articles;
    }
}
