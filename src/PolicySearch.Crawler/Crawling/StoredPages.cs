using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Writes a page's document and its attachments' documents again from the bodies the crawl state stored, without fetching.</summary>
/// <param name="ocr">Reads images and scanned PDFs among the stored attachments; without it they stay unread.</param>
internal sealed class StoredPages(SiteDefinition site, CrawlStateStore store, DocumentChanges changes, TesseractOcr? ocr)
{
    private readonly PageExtractor _extractor = new(site, new SiteScope(site).Resolve);
    private readonly HtmlParser _parser = new();

    /// <summary>
    /// Extracts the stored body of a detail page that has a document id, with the metadata its list gave (JSON list
    /// APIs), and writes its documents (not committed).
    /// </summary>
    public StoredPageWrite Write(PageRecord page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = new Uri(page.FetchUrl);
        var raw = RawBodies.Decompress(page.RawGzip ?? throw new ArgumentException("The page has no stored body.", nameof(page)));
        using var document = _parser.ParseDocument(CharsetDecoder.Decode(raw, page.ContentType));
        var extracted = _extractor.Extract(document, url, ListDataJson.Read(store.ListData(page.Key)));
        var children = store.Children(page.Key);
        var attachments = extracted.Attachments.Select(link => StoredAttachment(link, children)).ToList();
        changes.Write(page.DocumentId!, url, extracted, attachments, children, new PageOrigin(RawBodies.Hash(raw), page.FoundOn));
        return new StoredPageWrite(attachments.Count(attachment => attachment.Extracted), extracted.Attachments.Count(link => IsUnfetched(link, children)));
    }

    private static bool IsUnfetched(AttachmentLink link, IReadOnlyList<PageRecord> children) =>
        AttachmentText.CanExtract(ContentKinds.OfExtension("." + link.Type)) && children.All(child => child.Key != UrlCanonicalizer.Key(link.Url));

    private AttachmentInfo StoredAttachment(AttachmentLink link, IReadOnlyList<PageRecord> children)
    {
        var key = UrlCanonicalizer.Key(link.Url);
        var stored = children.FirstOrDefault(c => c.Key == key);
        var text = stored?.RawGzip is { } raw ? AttachmentText.Extract(KindOf(stored, link), RawBodies.Decompress(raw), ocr) : null;
        var info = new AttachmentInfo(link.Name, link.Url.AbsoluteUri, link.Type, Extracted: false, DocumentId: null);
        return string.IsNullOrWhiteSpace(text) ? info : info with { Extracted = true, DocumentId = DocumentIds.For(site.Name, key), Text = text };
    }

    /// <summary>The format the server declared when it is one that is read, else the one the link's extension names.</summary>
    private static ContentKind KindOf(PageRecord stored, AttachmentLink link)
    {
        var served = ContentKinds.Of(stored.ContentType, link.Url);
        return AttachmentText.CanExtract(served) ? served : ContentKinds.OfExtension("." + link.Type);
    }
}
