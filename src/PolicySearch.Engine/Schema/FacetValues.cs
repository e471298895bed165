using System.Text.Json;
using PolicySearch.Core.Documents;

namespace PolicySearch.Engine.Schema;

/// <summary>Facet values as indexed; the same spelling as in the API's JSON.</summary>
internal static class FacetValues
{
    public static string Of(Validity validity) => JsonNamingPolicy.CamelCase.ConvertName(validity.ToString());
}
