using System.Text;

namespace PolicySearch.Api.Metrics;

/// <summary>One metric name with its HELP and TYPE lines and its samples.</summary>
internal interface IMetricFamily
{
    string Name { get; }

    void WriteTo(StringBuilder text);
}
