using PolicySearch.Core.Errors;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Suggest;

/// <summary>Rejects prefixes and sizes the suggester will not answer; nothing is clamped.</summary>
internal static class SuggestionRequestValidator
{
    public static void Validate(string prefix, int size)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            throw Fault(ErrorCodes.QueryEmpty, "q", "The prefix is empty: type at least one character to complete.");
        }

        if (prefix.Length > Suggestions.MaxQueryLength)
        {
            throw Fault(ErrorCodes.QueryTooLong, "q", $"The prefix is {prefix.Length} characters long; the limit is {Suggestions.MaxQueryLength}.");
        }

        if (size is < 1 or > Suggestions.MaxSize)
        {
            throw Fault(ErrorCodes.PagingOutOfRange, "size", $"size must be between 1 and {Suggestions.MaxSize}; it was {size}.");
        }
    }

    private static PolicySearchException Fault(string code, string target, string message) => new(code, message) { Target = target };
}
