using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Extraction;

/// <summary>The site file's page-data rules: fields read by regular expressions from a page's inline scripts.</summary>
public sealed class PageData
{
    private readonly List<(MetadataField Field, Regex Pattern, string? Value)> _rules = [];

    public PageData(IReadOnlyDictionary<string, IReadOnlyList<PageDataRule>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var (name, fieldRules) in rules)
        {
            if (MetadataFieldNames.Parse(name) is not { } field)
            {
                continue;
            }

            _rules.AddRange(fieldRules.Select(rule => (field, new Regex(rule.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), rule.Value)));
        }
    }

    public IReadOnlyDictionary<MetadataField, string> Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var values = new Dictionary<MetadataField, string>();
        if (_rules.Count == 0)
        {
            return values;
        }

        var scripts = string.Join('\n', document.QuerySelectorAll("script:not([src])").Select(script => script.TextContent));
        foreach (var (field, pattern, fixedValue) in _rules)
        {
            if (values.ContainsKey(field) || pattern.Match(scripts) is not { Success: true } match)
            {
                continue;
            }

            var value = fixedValue ?? (match.Groups["value"].Success ? match.Groups["value"].Value : match.Groups.Count > 1 ? match.Groups[1].Value : match.Value);
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[field] = Unescaped(value).Trim();
            }
        }

        return values;
    }

    /// <summary>Script strings carry JSON escapes (\u6709\u6548, \/); an escape Regex does not know keeps the raw text.</summary>
    private static string Unescaped(string value)
    {
        try
        {
            return Regex.Unescape(value);
        }
        catch (ArgumentException)
        {
            return value;
        }
    }
}
