using PolicySearch.Core.Indexing;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;
using PolicySearch.Crawler.State;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Writes a page's document and its attachments' documents, and removes those that went away.</summary>
internal sealed class DocumentChanges(SiteDefinition site, IDocumentSink writer)
{
    public void Write(string id, Uri url, ExtractedPage page, IReadOnlyList<AttachmentInfo> attachments, IReadOnlyList<PageRecord> previousChildren, PageOrigin origin)
    {
        var document = DocumentBuilder.Build(site, id, url, page, attachments, origin);
        writer.AddOrUpdate(document);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attachment in attachments.Where(a => a.Extracted))
        {
            writer.AddOrUpdate(DocumentBuilder.BuildAttachment(document, attachment));
            current.Add(attachment.DocumentId!);
        }

        foreach (var stale in previousChildren.Select(c => c.DocumentId).OfType<string>().Where(d => !current.Contains(d)))
        {
            writer.Delete(stale);
        }
    }

    public void Remove(string id, IReadOnlyList<PageRecord> children)
    {
        writer.Delete(id);
        foreach (var child in children.Select(c => c.DocumentId).OfType<string>())
        {
            writer.Delete(child);
        }
    }
}
