using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Writes a page's document and its attachments' documents again from the bodies the crawl state stored, without fetching.</summary>
internal sealed class StoredPages(SiteDefinition site, CrawlStateStore store, DocumentChanges changes)
{
    private readonly PageExtractor _extractor = new(site);
    private readonly HtmlParser _parser = new();

    /// <summary>
    /// Extracts the stored body of a detail page that has a document id, with the metadata its list gave (JSON list
    /// APIs), and writes its documents (not committed).
    /// </summary>
    public void Write(PageRecord page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = new Uri(page.FetchUrl);
        var raw = RawBodies.Decompress(page.RawGzip ?? throw new ArgumentException("The page has no stored body.", nameof(page)));
        using var document = _parser.ParseDocument(CharsetDecoder.Decode(raw, page.ContentType));
        var extracted = _extractor.Extract(document, url, ListDataJson.Read(store.ListData(page.Key)));
        var children = store.Children(page.Key);
        var attachments = extracted.Attachments.Select(link => StoredAttachment(link, children)).ToList();
        changes.Write(page.DocumentId!, url, extracted, attachments, children, new PageOrigin(RawBodies.Hash(raw), page.FoundOn));
    }

    private AttachmentInfo StoredAttachment(AttachmentLink link, IReadOnlyList<PageRecord> children)
    {
        var key = UrlCanonicalizer.Key(link.Url);
        var stored = children.FirstOrDefault(c => c.Key == key);
        var text = stored?.RawGzip is { } raw
            ? AttachmentText.Extract(ContentKinds.Of(stored.ContentType, link.Url), RawBodies.Decompress(raw))
            : null;
        var info = new AttachmentInfo(link.Name, link.Url.AbsoluteUri, link.Type, Extracted: false, DocumentId: null);
        return string.IsNullOrWhiteSpace(text) ? info : info with { Extracted = true, DocumentId = DocumentIds.For(site.Name, key), Text = text };
    }
}
