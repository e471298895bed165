using System.Globalization;
using System.Text;
using PolicySearch.Core.Metadata;
using PolicySearch.Core.Search;

namespace PolicySearch.Api.Export;

/// <summary>
/// Search results as CSV for spreadsheet programs: UTF-8 with a byte-order mark, RFC 4180 quoting,
/// and cells that a spreadsheet would read as a formula (=, +, -, @) prefixed with an apostrophe.
/// </summary>
internal static class SearchResultsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header = ["rank", "id", "title", "documentNumber", "issuer", "category", "validity", "publishedDate", "writtenDate", "url", "score"];

    public static byte[] Write(SearchResults results)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        var rank = 0;
        foreach (var hit in results.Hits)
        {
            rank++;
            AppendRow(csv, [
                rank.ToString(CultureInfo.InvariantCulture),
                hit.Id,
                hit.Title,
                hit.DocumentNumber,
                hit.Issuer,
                hit.Category,
                ValidityParser.Label(hit.Validity),
                hit.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                hit.WrittenDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                hit.Url,
                hit.Score.ToString("0.####", CultureInfo.InvariantCulture),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
