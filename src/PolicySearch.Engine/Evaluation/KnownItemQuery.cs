namespace PolicySearch.Engine.Evaluation;

/// <summary>A query and the documents that count as finding what was meant (all versions of a title, every holder of a phrase).</summary>
public sealed record KnownItemQuery(KnownItemKind Kind, string Query, string TargetId, IReadOnlySet<string> AcceptableIds);
