using System.Globalization;
using PolicySearch.Api.Errors;
using PolicySearch.Core.Errors;
using PolicySearch.Core.Relations;

namespace PolicySearch.Api.Requests;

/// <summary>
/// Binds size and includeVersions of <c>/api/documents/{id}/similar</c>. size is a whole number from 1 to
/// <see cref="SimilarRequest.MaxSize"/>; includeVersions is true or false. Every fault is collected; nothing is clamped.
/// </summary>
internal static class SimilarParameters
{
    public static readonly IReadOnlyList<string> Names = ["size", "includeVersions"];

    public static (SimilarRequest? Request, IReadOnlyList<ParameterFault> Faults) Bind(
        string id,
        string? size,
        string? includeVersions,
        IQueryCollection query)
    {
        var faults = QueryParameterRules.Check(query, Names);
        var count = ParseSize(size, faults);
        var withVersions = ParseFlag(includeVersions, faults);
        return faults.Count == 0 ? (new SimilarRequest(id, count, withVersions), faults) : (null, faults);
    }

    private static int ParseSize(string? text, List<ParameterFault> faults)
    {
        if (text is null)
        {
            return SimilarRequest.DefaultSize;
        }

        var shown = text.Length == 0 ? "empty" : $"'{ApiProblems.Abbreviate(text, 20)}'";
        if (!IsWholeNumber(text))
        {
            faults.Add(new ParameterFault(ApiErrorCodes.PagingInvalid, "size", $"size must be a whole number from 1 to {SimilarRequest.MaxSize}; it was {shown}."));
        }
        else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= SimilarRequest.MaxSize)
        {
            return value;
        }
        else
        {
            faults.Add(new ParameterFault(ErrorCodes.PagingOutOfRange, "size", $"size must be between 1 and {SimilarRequest.MaxSize}; it was {shown}."));
        }

        return SimilarRequest.DefaultSize;
    }

    private static bool IsWholeNumber(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    private static bool ParseFlag(string? text, List<ParameterFault> faults)
    {
        if (text is null || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var shown = text.Length == 0 ? "empty" : $"'{ApiProblems.Abbreviate(text, 20)}'";
        faults.Add(new ParameterFault(ApiErrorCodes.InvalidRequest, "includeVersions", $"includeVersions must be true or false; it was {shown}."));
        return false;
    }
}
