using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicySearch.Core.Errors;

namespace PolicySearch.Crawler.Configuration;

/// <summary>Reads and validates site files; a bad one is rejected with file, field and reason.</summary>
public static partial class SiteFileLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly IDocument EmptyDocument = new HtmlParser().ParseDocument("<html><body></body></html>");

    /// <summary>Loads a site file; file: seeds are made absolute against <paramref name="workingDirectory"/>.</summary>
    public static async Task<SiteDefinition> LoadAsync(string path, string workingDirectory, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw Fault(CrawlerErrorCodes.SiteNotFound, path, "(file)", "the file does not exist");
        }

        SiteDefinition? site;
        try
        {
            await using var stream = File.OpenRead(path);
            site = await JsonSerializer.DeserializeAsync<SiteDefinition>(stream, JsonOptions, cancellationToken);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"{exception.Path ?? "$"} (line {line + 1})")
                : exception.Path ?? "$";
            throw Fault(CrawlerErrorCodes.SiteInvalid, path, where, FirstSentence(exception.Message));
        }

        if (site is null)
        {
            throw Fault(CrawlerErrorCodes.SiteInvalid, path, "$", "the file holds null");
        }

        Validate(site, path);
        return site with { Seeds = site.Seeds.Select(seed => ResolveSeed(seed, workingDirectory)).ToList() };
    }

    /// <summary>Throws for the first invalid field.</summary>
    public static void Validate(SiteDefinition site, string path)
    {
        ArgumentNullException.ThrowIfNull(site);
        Check(path, "name", SiteName().IsMatch(site.Name), "must be 1-64 lower-case letters, digits or '-'");
        Check(path, "seeds", site.Seeds.Count > 0, "must list at least one URL");
        for (var i = 0; i < site.Seeds.Count; i++)
        {
            var seed = site.Seeds[i];
            var valid = seed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                || (Uri.TryCreate(seed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
            Check(path, Indexed("seeds", i), valid, "must be an absolute http(s) URL or a file: path");
        }

        Check(path, "detail.urlPatterns", site.Detail.UrlPatterns.Count > 0, "must list at least one regular expression");
        CheckPatterns(path, "detail.urlPatterns", site.Detail.UrlPatterns);
        CheckPatterns(path, "list.urlPatterns", site.List.UrlPatterns);
        CheckSelector(path, "list.linkSelector", site.List.LinkSelector);
        CheckCategories(path, site.Categories);
        foreach (var (field, selector) in site.Selectors.Named())
        {
            CheckSelector(path, "selectors." + field, selector);
        }

        ListSourceValidation.Check(site, path);
        Check(path, "delayMs", site.DelayMs is >= 0 and <= 600_000, "must be between 0 and 600000");
        Check(path, "concurrency", site.Concurrency is >= 1 and <= 16, "must be between 1 and 16");
        Check(path, "maxDepth", site.MaxDepth is >= 0 and <= 100, "must be between 0 and 100");
        Check(path, "maxPages", site.MaxPages is >= 1 and <= 10_000_000, "must be between 1 and 10000000");
        Check(path, "recrawlInterval", site.RecrawlInterval >= TimeSpan.Zero, "must not be negative");
        Check(path, "userAgent", site.UserAgent is null || !string.IsNullOrWhiteSpace(site.UserAgent), "must not be blank");
        for (var i = 0; i < site.AttachmentExtensions.Count; i++)
        {
            Check(path, Indexed("attachmentExtensions", i), site.AttachmentExtensions[i].StartsWith('.'), "must start with '.'");
        }
    }

    private static string ResolveSeed(string seed, string workingDirectory)
    {
        if (!seed.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return seed;
        }

        if (Uri.TryCreate(seed, UriKind.Absolute, out var absolute) && absolute.IsFile && Path.IsPathRooted(absolute.LocalPath) && seed.StartsWith("file:///", StringComparison.OrdinalIgnoreCase))
        {
            return absolute.AbsoluteUri;
        }

        var relative = seed["file:".Length..].TrimStart('/');
        if (seed.StartsWith("file://./", StringComparison.OrdinalIgnoreCase))
        {
            relative = seed["file://./".Length..];
        }

        return new Uri(Path.GetFullPath(Path.Combine(workingDirectory, relative))).AbsoluteUri;
    }

    internal static void CheckPatterns(string path, string field, IReadOnlyList<string> patterns)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            CheckPattern(path, Indexed(field, i), patterns[i]);
        }
    }

    private static void CheckPattern(string path, string field, string? pattern)
    {
        if (pattern is null)
        {
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            throw Fault(CrawlerErrorCodes.SiteInvalid, path, field, "is not a valid regular expression: " + exception.Message);
        }
    }

    private static void CheckCategories(string path, IReadOnlyList<CategoryRule> rules)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var field = Indexed("categories", i);
            var kinds = new[] { rule.UrlPattern, rule.ListPattern, rule.Label }.Count(value => value is not null);
            Check(path, field, kinds == 1, "must give exactly one of urlPattern, listPattern and label");
            Check(
                path,
                field + ".category",
                rule.Label is null ? !string.IsNullOrWhiteSpace(rule.Category) : rule.Category is null,
                rule.Label is null ? "must name the category of the matching documents" : "is not used with label (the page's value is the category)");
            var known = Extraction.MetadataLabels.All.Select(entry => entry.Label).ToList();
            Check(
                path,
                field + ".label",
                rule.Label is null || known.Contains(new string(rule.Label.Where(c => !char.IsWhiteSpace(c)).ToArray()), StringComparer.Ordinal),
                "must be a label of the metadata block: " + string.Join(", ", known));
            CheckPattern(path, field + ".urlPattern", rule.UrlPattern);
            CheckPattern(path, field + ".listPattern", rule.ListPattern);
        }
    }

    private static void CheckSelector(string path, string field, string? selector)
    {
        if (selector is null)
        {
            return;
        }

        var css = SelectorText.Split(selector).Css;
        try
        {
            _ = EmptyDocument.QuerySelector(css);
        }
        catch (DomException)
        {
            throw Fault(CrawlerErrorCodes.SiteInvalid, path, field, $"'{selector}' is not a valid CSS selector");
        }
    }

    internal static void Check(string path, string field, bool condition, string reason)
    {
        if (!condition)
        {
            throw Fault(CrawlerErrorCodes.SiteInvalid, path, field, reason);
        }
    }

    internal static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    private static PolicySearchException Fault(string code, string path, string field, string reason) =>
        new(code, $"{path}: {field}: {reason}") { Target = path };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteName();
}
