using AngleSharp.Html.Parser;
using PolicySearch.Crawler.Attachments;
using PolicySearch.Crawler.Attachments.Ocr;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.Fetching;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Fetches and reads one frontier entry (runs in parallel; touches neither the state store nor the index).</summary>
internal sealed class PageWorker(SiteDefinition site, SiteFetcher fetcher, LinkClassifier classifier, SiteScope scope, TesseractOcr ocr)
{
    private readonly PageExtractor _extractor = new(site, scope.Resolve);

    public DataLists DataLists { get; } = new(site, scope, classifier);

    public LinkClassifier Classifier => classifier;

    /// <summary>Reads images and scanned PDFs among attachments.</summary>
    public TesseractOcr Ocr => ocr;

    /// <param name="listData">Metadata a list gave for this page (JSON list APIs), used when the page does not show it.</param>
    public async Task<PageWork> RunAsync(FrontierEntry entry, PageRecord? previous, IReadOnlyDictionary<MetadataField, string>? listData, bool checkFreshness, CancellationToken cancellationToken)
    {
        if (checkFreshness && entry.Kind == PageKind.Detail && previous is { IndexedHash: not null } && previous.IndexedHash == previous.ContentHash
            && DateTimeOffset.UtcNow - previous.FetchedAt < site.RecrawlInterval)
        {
            return new PageWork { Entry = entry, Previous = previous };
        }

        var validators = previous?.RawGzip is null ? null : new FetchValidators(previous.ETag, previous.LastModified);
        var fetch = await fetcher.FetchAsync(entry.Url, validators, cancellationToken);
        var body = fetch.Outcome == FetchOutcome.Ok ? fetch.Body
            : fetch.Outcome == FetchOutcome.NotModified && previous?.RawGzip is not null ? RawBodies.Decompress(previous.RawGzip) : null;
        var work = new PageWork { Entry = entry, Previous = previous, Fetch = fetch };
        if (body is null)
        {
            return work;
        }

        var contentType = fetch.Outcome == FetchOutcome.Ok ? fetch.ContentType : previous?.ContentType;
        work = work with { Body = body, ContentType = contentType, ContentHash = RawBodies.Hash(body) };
        var url = fetch.FinalUrl ?? entry.Url;
        if (entry.Kind == PageKind.Sitemap)
        {
            return work with { Links = SitemapLinks(CharsetDecoder.Decode(body, contentType), url) };
        }

        if (entry.Kind == PageKind.List && DataList(work, url, body, contentType) is { } dataList)
        {
            return dataList;
        }

        if (ContentKinds.Of(contentType, url) != ContentKind.Html)
        {
            return work with { Problem = "unsupported_content" };
        }

        if (BinaryContent.LooksBinary(body, contentType))
        {
            return work with { Problem = "binary_content" };
        }

        var html = CharsetDecoder.Decode(body, contentType);
        if (HtmlNesting.Exceeds(html))
        {
            return work with { Problem = "nesting_too_deep" };
        }

        using var document = new HtmlParser().ParseDocument(html);
        if (entry.Kind == PageKind.List)
        {
            return work with { Links = classifier.Links(document, url, html) };
        }

        if (work.ContentHash == previous?.IndexedHash)
        {
            return work;
        }

        var page = _extractor.Extract(document, url, listData);
        var (attachments, records) = await FetchAttachmentsAsync(page, entry.Key, cancellationToken);
        if (records.FirstOrDefault(r => r.Outcome is nameof(FetchOutcome.HostPaused) or nameof(FetchOutcome.AntiBot)) is { } held)
        {
            // Indexing the page now would record its attachments as unreadable for good; the page waits for the host instead.
            return work with { Fetch = FetchResult.Failed(entry.Url, FetchOutcome.HostPaused, "attachment " + held.FetchUrl + " waits for its host") };
        }

        return work with { Page = page, Attachments = attachments, AttachmentRecords = records };
    }

    /// <summary>A list answer that is data (JSON, or XML records), read as a list page; null for anything else.</summary>
    private PageWork? DataList(PageWork work, Uri url, byte[] body, string? contentType)
    {
        var kind = ContentKinds.Of(contentType, url);
        if (kind is not (ContentKind.Html or ContentKind.Xml or ContentKind.Json or ContentKind.Text or ContentKind.Other) || BinaryContent.LooksBinary(body, contentType))
        {
            return null;
        }

        var text = CharsetDecoder.Decode(body, contentType);
        if (kind == ContentKind.Json || (kind != ContentKind.Xml && DataLists.LooksLikeJson(text)))
        {
            var (links, listData, problem) = DataLists.FromJson(url, text);
            return work with { Links = links, ListData = listData, Problem = problem };
        }

        return kind == ContentKind.Xml || DataLists.LooksLikeXml(text) ? work with { Links = DataLists.FromXml(url, text) } : null;
    }

    private List<(Uri, PageKind, bool)> SitemapLinks(string xml, Uri url)
    {
        var sitemap = SitemapParser.Parse(xml);
        var links = sitemap.ChildSitemaps.Select(loc => (Uri: new Uri(url, loc), Kind: (PageKind?)PageKind.Sitemap))
            .Concat(sitemap.Pages.Select(loc => new Uri(url, loc)).Select(page => (Uri: page, Kind: classifier.Classify(page))))
            .Where(link => link.Kind is not null && scope.Contains(link.Uri))
            .Select(link => (link.Uri, link.Kind!.Value, false));
        return links.ToList();
    }

    private async Task<(IReadOnlyList<AttachmentInfo>, IReadOnlyList<PageRecord>)> FetchAttachmentsAsync(ExtractedPage page, string parentKey, CancellationToken cancellationToken)
    {
        var infos = new List<AttachmentInfo>();
        var records = new List<PageRecord>();
        foreach (var link in page.Attachments)
        {
            var key = UrlCanonicalizer.Key(link.Url);
            var kind = ContentKinds.OfExtension("." + link.Type);
            var info = new AttachmentInfo(link.Name, link.Url.AbsoluteUri, link.Type, Extracted: false, DocumentId: null);
            if (!AttachmentText.CanExtract(kind) || !scope.Contains(link.Url))
            {
                infos.Add(info);
                continue;
            }

            var fetch = await fetcher.FetchAsync(link.Url, null, cancellationToken);
            var served = ContentKinds.Of(fetch.ContentType, link.Url);
            var reading = fetch.Body is { } body
                ? AttachmentText.Read(AttachmentText.CanExtract(served) ? served : kind, body, ocr)
                : AttachmentReading.Refused(ErrorKinds.Of(fetch.Outcome));
            var text = reading.Text;
            records.Add(new PageRecord
            {
                Key = key, FetchUrl = link.Url.AbsoluteUri, Kind = 3, Status = fetch.StatusCode, Outcome = fetch.Outcome.ToString(),
                ETag = fetch.ETag, LastModified = fetch.LastModified, ContentType = fetch.ContentType,
                ContentHash = fetch.Body is null ? null : RawBodies.Hash(fetch.Body), ParentKey = parentKey, FetchedAt = DateTimeOffset.UtcNow,
                RawGzip = fetch.Body is null ? null : RawBodies.Compress(fetch.Body), Error = reading.Problem,
                DocumentId = string.IsNullOrWhiteSpace(text) ? null : DocumentIds.For(site.Name, key),
            });
            infos.Add(string.IsNullOrWhiteSpace(text)
                ? info
                : info with { Extracted = true, DocumentId = DocumentIds.For(site.Name, key), Text = text });
        }

        return (infos, records);
    }
}
