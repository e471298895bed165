using System.Globalization;
using System.Text;

namespace PolicySearch.Crawler.Fetching;

/// <summary>
/// robots.txt for one user agent: the group naming its product token, else the "*" group; the longest matching
/// Allow/Disallow wins (Allow on a tie); '*' and a trailing '$' are supported. Also Crawl-delay and Sitemap lines.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    public static RobotsRules AllowAll { get; } = new([], null, []);

    /// <summary>Used when robots.txt answered 5xx or could not be fetched: crawl nothing of that host now.</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null, []);

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    public static RobotsRules Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(userAgent);
        var token = userAgent.Split('/', ' ')[0].ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)>();
        var sitemaps = new List<string>();
        (List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], [], null);
                        groups.Add(current.Value);
                    }

                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null && value.Length > 0:
                    current.Value.Rules.Add((value, key == "allow"));
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        var index = groups.IndexOf(current.Value);
                        current = current.Value with { Delay = TimeSpan.FromSeconds(Math.Min(seconds, 600)) };
                        groups[index] = current.Value;
                    }

                    break;
                case "sitemap":
                    sitemaps.Add(value);
                    break;
            }

            lastWasAgent = false;
        }

        var chosen = groups.FirstOrDefault(g => g.Agents.Any(a => a != "*" && token.Contains(a, StringComparison.Ordinal)));
        if (chosen.Agents is null)
        {
            chosen = groups.FirstOrDefault(g => g.Agents.Contains("*"));
        }

        return chosen.Agents is null ? new RobotsRules([], null, sitemaps) : new RobotsRules(chosen.Rules, chosen.Delay, sitemaps);
    }

    /// <summary>Whether the path and query may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var pieces = body.Split('*');
        if (!path.StartsWith(pieces[0], StringComparison.Ordinal))
        {
            return false;
        }

        var position = pieces[0].Length;
        for (var i = 1; i < pieces.Length; i++)
        {
            var found = path.IndexOf(pieces[i], position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + pieces[i].Length;
        }

        return !anchored || position == path.Length || (pieces.Length > 1 && path.EndsWith(pieces[^1], StringComparison.Ordinal));
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (pattern, allow) in _rules)
        {
            builder.Append(allow ? "Allow: " : "Disallow: ").AppendLine(pattern);
        }

        return builder.ToString();
    }
}
