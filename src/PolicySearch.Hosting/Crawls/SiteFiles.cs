using System.Text.RegularExpressions;
using PolicySearch.Core.Errors;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Hosting.Crawls;

/// <summary>The site files the service may crawl: NAME.json in Crawler:ConfigDirectory, named by NAME only (never a path).</summary>
public static partial class SiteFiles
{
    public static bool IsValidName(string? name) => name is not null && SiteName().IsMatch(name);

    public static string PathOf(CrawlerOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(Path.GetFullPath(options.ConfigDirectory), name + ".json");
    }

    /// <exception cref="PolicySearchException">crawler.site_not_found or crawler.site_invalid.</exception>
    public static Task<SiteDefinition> LoadAsync(CrawlerOptions options, string name, CancellationToken cancellationToken)
    {
        var path = PathOf(options, name);
        if (!File.Exists(path))
        {
            throw new PolicySearchException(CrawlerErrorCodes.SiteNotFound, $"No site '{name}' is configured: there is no {name}.json in the crawler configuration folder.")
            {
                Target = "site",
            };
        }

        return SiteFileLoader.LoadAsync(path, Environment.CurrentDirectory, cancellationToken);
    }

    /// <summary>Names of every site file, in order.</summary>
    public static IReadOnlyList<string> AllNames(CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Directory.Exists(options.ConfigDirectory)
            ? Directory.GetFiles(options.ConfigDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(IsValidName).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SiteName();
}
