namespace PolicySearch.Crawler.Extraction;

/// <summary>One item of a JSON list: the URL of its document and the metadata the list gives for it.</summary>
public sealed record JsonListItem(string Url, IReadOnlyDictionary<MetadataField, string> Fields);
