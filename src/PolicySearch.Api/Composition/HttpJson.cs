using System.Text.Json;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Api.Composition;

/// <summary>Makes ASP.NET Core's JSON (results and problem details) the one shape of <see cref="PolicyJson.Options"/>.</summary>
internal static class HttpJson
{
    public static void ApplyPolicyJson(JsonSerializerOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var source = PolicyJson.Options;
        target.PropertyNamingPolicy = source.PropertyNamingPolicy;
        target.DictionaryKeyPolicy = source.DictionaryKeyPolicy;
        target.PropertyNameCaseInsensitive = source.PropertyNameCaseInsensitive;
        target.NumberHandling = source.NumberHandling;
        target.DefaultIgnoreCondition = source.DefaultIgnoreCondition;
        target.Encoder = source.Encoder;
        target.WriteIndented = source.WriteIndented;
        target.Converters.Clear();
        foreach (var converter in source.Converters)
        {
            target.Converters.Add(converter);
        }
    }
}
