namespace PolicySearch.Engine.Searching;

/// <summary>
/// A unit of an unquoted clause: a SmartCn word (<see cref="Term"/> is its indexed form), or a run of
/// characters SmartCn left single, matched as a phrase of bigrams.
/// </summary>
internal sealed record WordGroup(string? Term, string Text, bool IsWord);
