using System.Globalization;
using PolicySearch.Core.Documents;

namespace PolicySearch.Api.Pages;

/// <summary>How values read on the page: Chinese labels, ISO dates, invariant numbers.</summary>
internal static class PageText
{
    public const string SiteName = "政策文件检索";
    public const string Missing = "—";

    public static string? ValidityLabel(Validity validity) => validity switch
    {
        Validity.Valid => "有效",
        Validity.Amended => "已修改",
        Validity.Repealed => "已废止",
        Validity.NotYetEffective => "尚未生效",
        _ => null,
    };

    /// <summary>A CSS class per validity, e.g. validity-repealed.</summary>
    public static string ValidityClass(Validity validity) => validity switch
    {
        Validity.Valid => "validity validity-valid",
        Validity.Amended => "validity validity-amended",
        Validity.Repealed => "validity validity-repealed",
        Validity.NotYetEffective => "validity validity-not-yet-effective",
        _ => "validity",
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Milliseconds(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
