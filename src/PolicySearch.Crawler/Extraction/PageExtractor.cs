using AngleSharp.Dom;
using PolicySearch.Core.Metadata;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Reads a detail page: per field the site's selector, else the site's page-data rules (script data), else the
/// labelled metadata block, else what the list said of the page (JSON list APIs), else the standard meta tags, else
/// heuristics (headings, body containers, dates in the URL).
/// </summary>
/// <param name="resolveLink">Makes attachment links absolute (the crawl's site scope); against the page's URL when null.</param>
public sealed class PageExtractor(SiteDefinition site, Func<Uri, string?, Uri?>? resolveLink = null)
{
    public const string FromSelector = "selector";
    public const string FromPageData = "pageData";
    public const string FromLabels = "labels";
    public const string FromList = "list";
    public const string FromMeta = "meta";
    public const string FromHeuristic = "heuristic";

    private static readonly MetadataField[] Fields =
    [
        MetadataField.Title, MetadataField.IndexNumber, MetadataField.Issuer, MetadataField.Topic, MetadataField.WrittenDate,
        MetadataField.PublishedDate, MetadataField.EffectiveDate, MetadataField.DocumentNumber, MetadataField.Validity, MetadataField.Source,
    ];

    private readonly PageData _pageData = new(site.PageData);

    public ExtractedPage Extract(IDocument document, Uri url, IReadOnlyDictionary<MetadataField, string>? listData = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(url);
        var scriptData = _pageData.Read(document);
        listData ??= new Dictionary<MetadataField, string>();
        var labels = LabelledBlock.ReadLabelled(HtmlText.Lines(document.Body, cellsOnOwnLine: true, markEmptyCells: true));
        var labelled = ByLabelRank(labels).Select(entry => (entry.Field, entry.Value)).ToList();
        var metas = MetaTags.Read(document);
        var values = new Dictionary<MetadataField, string>();
        var origins = new Dictionary<MetadataField, string>();
        foreach (var field in Fields)
        {
            var (value, origin) = Pick(field, document, url, new Candidates(scriptData, labelled, listData, metas));
            if (value is not null)
            {
                values[field] = value;
                origins[field] = origin;
            }
        }

        var body = SelectorReader.ReadBlock(document, site.Selectors.Body) ?? ContentHeuristics.Body(document);
        return new ExtractedPage
        {
            Title = values.GetValueOrDefault(MetadataField.Title) ?? url.AbsoluteUri,
            Body = body,
            Fields = values,
            Origins = origins,
            Labels = labels.GroupBy(entry => entry.Label, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal),
            Attachments = AttachmentLinks.Find(document, url, site, resolveLink),
        };
    }

    private (string? Value, string Origin) Pick(MetadataField field, IDocument document, Uri url, Candidates candidates)
    {
        var selected = SelectorReader.ReadField(document, SelectorOf(field));
        if (Acceptable(field, selected))
        {
            return (selected, FromSelector);
        }

        if (candidates.ScriptData.TryGetValue(field, out var scripted) && Acceptable(field, scripted))
        {
            return (scripted, FromPageData);
        }

        var label = candidates.Labelled.FirstOrDefault(entry => entry.Field == field && Acceptable(field, entry.Value)).Value;
        if (label is not null)
        {
            return (label, FromLabels);
        }

        if (candidates.ListData.TryGetValue(field, out var listed) && Acceptable(field, listed))
        {
            return (listed, FromList);
        }

        var meta = candidates.Metas.FirstOrDefault(entry => entry.Field == field && Acceptable(field, entry.Value)).Value;
        if (meta is not null)
        {
            return (meta, FromMeta);
        }

        var guess = field switch
        {
            MetadataField.Title => ContentHeuristics.Title(document),
            MetadataField.PublishedDate => ContentHeuristics.UrlDate(url),
            _ => null,
        };
        return (Acceptable(field, guess) ? guess : null, FromHeuristic);
    }

    /// <summary>
    /// Candidates in page order, except that published dates go by label: 发布日期, then 发文日期, 公布日期, 发布时间 and
    /// 时间 (the order of <see cref="MetadataLabels.All"/>), so the document's own date beats the web page's time stamp.
    /// </summary>
    private static IEnumerable<(string Label, MetadataField Field, string Value)> ByLabelRank(IReadOnlyList<(string Label, MetadataField Field, string Value)> labels) =>
        labels.OrderBy(entry => entry.Field == MetadataField.PublishedDate ? LabelRank.GetValueOrDefault(entry.Label, int.MaxValue) : 0);

    private static readonly Dictionary<string, int> LabelRank = MetadataLabels.All
        .Select((entry, index) => (entry.Label, index))
        .ToDictionary(pair => pair.Label, pair => pair.index, StringComparer.Ordinal);

    private sealed record Candidates(
        IReadOnlyDictionary<MetadataField, string> ScriptData,
        IReadOnlyList<(MetadataField Field, string Value)> Labelled,
        IReadOnlyDictionary<MetadataField, string> ListData,
        IReadOnlyList<(MetadataField Field, string Value)> Metas);

    private string? SelectorOf(MetadataField field) => field switch
    {
        MetadataField.Title => site.Selectors.Title,
        MetadataField.IndexNumber => site.Selectors.IndexNumber,
        MetadataField.Issuer => site.Selectors.Issuer,
        MetadataField.Topic => site.Selectors.Topic,
        MetadataField.WrittenDate => site.Selectors.WrittenDate,
        MetadataField.PublishedDate => site.Selectors.PublishedDate,
        MetadataField.EffectiveDate => site.Selectors.EffectiveDate,
        MetadataField.DocumentNumber => site.Selectors.DocumentNumber,
        MetadataField.Validity => site.Selectors.Validity,
        _ => null,
    };

    private static bool Acceptable(MetadataField field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        return field is not (MetadataField.WrittenDate or MetadataField.PublishedDate or MetadataField.EffectiveDate)
            || ChineseDate.Parse(value) is not null;
    }
}
