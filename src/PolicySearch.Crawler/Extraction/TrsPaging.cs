using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// TRS list paging written in script: createPageHTML(countPage, currentPage, "index", "shtml") with
/// var countPage = 34; page 1 is index.shtml and page k+1 is index_k.shtml.
/// </summary>
public static partial class TrsPaging
{
    private const int MaxPages = 500;

    public static IReadOnlyList<string> PageNames(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var call = CreatePageCall().Match(html);
        if (!call.Success)
        {
            return [];
        }

        var count = Resolve(html, call.Groups["count"].Value);
        if (count is null or < 1)
        {
            return [];
        }

        var name = call.Groups["name"].Value;
        var extension = call.Groups["ext"].Value;
        var pages = new List<string> { $"{name}.{extension}" };
        for (var k = 1; k < Math.Min(count.Value, MaxPages); k++)
        {
            pages.Add(string.Create(CultureInfo.InvariantCulture, $"{name}_{k}.{extension}"));
        }

        return pages;
    }

    private static int? Resolve(string html, string argument)
    {
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var literal))
        {
            return literal;
        }

        var assignment = new Regex(@"\b" + Regex.Escape(argument) + @"\s*=\s*(?<n>\d+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Match(html);
        return assignment.Success ? int.Parse(assignment.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"createPageHTML\(\s*(?<count>\w+)\s*,\s*(?<current>\w+)\s*,\s*[""'](?<name>[\w\-]+)[""']\s*,\s*[""'](?<ext>\w+)[""']\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex CreatePageCall();
}
