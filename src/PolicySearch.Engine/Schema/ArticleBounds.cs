using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Where each article of a body starts and ends, found once at index time and stored as packed
/// variable-length integers in binary doc values, so a snippet picks its article without splitting the
/// body per search.
/// </summary>
internal static class ArticleBounds
{
    public static BinaryDocValuesField Field(string body)
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

        return new BinaryDocValuesField(IndexFields.ArticleBounds, new BytesRef(bytes.ToArray()));
    }

    /// <summary>The articles of an indexed body; labels are read from the body's text, chapters are not kept.</summary>
    public static IReadOnlyList<DocumentArticle> Read(IndexReader reader, int docId, string body)
    {
        var stored = BinaryValues.Read(reader, docId, IndexFields.ArticleBounds);
        if (stored.Length == 0)
        {
            return [];
        }

        var articles = new List<DocumentArticle>();
        using var packed = new BinaryReader(new MemoryStream(stored.Bytes, stored.Offset, stored.Length, writable: false));
        var end = 0;
        while (packed.BaseStream.Position < packed.BaseStream.Length)
        {
            var start = end + packed.Read7BitEncodedInt();
            end = start + packed.Read7BitEncodedInt();
            if (end > body.Length)
            {
                throw new InvalidDataException("A stored article lies beyond its body; rebuild the index.");
            }

            articles.Add(new DocumentArticle(string.Empty, null, start, end));
        }

        return articles;
    }
}
