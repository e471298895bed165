using System.Globalization;
using System.Text.RegularExpressions;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// Parses date ranges of the query language: <c>2018..2020</c>, <c>2021-03..</c>, <c>..2020-06-30</c>,
/// or a single period <c>2021</c> / <c>2021-03</c> / <c>2021-03-05</c> (also 2021年3月). A year or month
/// stands for all of its days.
/// </summary>
internal static partial class DateRangeParser
{
    public static DateRange Parse(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = text.IndexOf("..", StringComparison.Ordinal);
        if (separator < 0)
        {
            var (first, last) = Period(text, field);
            return new DateRange(first, last);
        }

        var from = text[..separator];
        var to = text[(separator + 2)..];
        if (from.Length == 0 && to.Length == 0)
        {
            throw Fault(field, text, "give at least one end, e.g. 2018..2020 or 2021-03..");
        }

        var range = new DateRange(from.Length == 0 ? null : Period(from, field).First, to.Length == 0 ? null : Period(to, field).Last);
        if (range.From > range.To)
        {
            throw Fault(field, text, "the range starts after it ends");
        }

        return range;
    }

    private static (DateOnly First, DateOnly Last) Period(string text, string field)
    {
        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success)
        {
            throw Fault(field, text, "dates are written 2021, 2021-03 or 2021-03-05");
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (month is { } m && day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, m))))
        {
            throw Fault(field, text, "that date does not exist");
        }

        return (month, day) switch
        {
            (null, _) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            ({ } mm, null) => (new DateOnly(year, mm, 1), new DateOnly(year, mm, DateTime.DaysInMonth(year, mm))),
            ({ } mm, { } dd) => (new DateOnly(year, mm, dd), new DateOnly(year, mm, dd)),
        };
    }

    private static PolicySearchException Fault(string field, string text, string reason) =>
        new(ErrorCodes.FilterDateRange, $"{field}:{text} is not a date range: {reason}.") { Target = field };

    [GeneratedRegex(@"^(?<year>\d{4})(?:[-/.年](?<month>\d{1,2})(?:[-/.月](?<day>\d{1,2})日?)?月?)?年?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
