using System.Globalization;
using System.Text;

namespace PolicySearch.Api.Metrics;

/// <summary>Pieces of the Prometheus text exposition format (version 0.0.4).</summary>
internal static class MetricText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n')
            .Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    public static void Sample(StringBuilder text, string name, string labels, double value) =>
        text.Append(name).Append(labels).Append(' ').Append(Number(value)).Append('\n');

    /// <summary>{a="x",b="y"} from names and values, values escaped; empty when there are no labels.</summary>
    public static string Labels(IReadOnlyList<string> names, IReadOnlyList<string> values, string? extraName = null, string? extraValue = null)
    {
        if (names.Count == 0 && extraName is null)
        {
            return string.Empty;
        }

        var pairs = names.Select((name, i) => $"{name}=\"{Escape(values[i])}\"").ToList();
        if (extraName is not null)
        {
            pairs.Add($"{extraName}=\"{Escape(extraValue ?? string.Empty)}\"");
        }

        return "{" + string.Join(',', pairs) + "}";
    }

    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);
}
