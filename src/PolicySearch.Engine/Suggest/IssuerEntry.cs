namespace PolicySearch.Engine.Suggest;

/// <summary>One issuer of the suggestion table with the number of live documents it issued.</summary>
internal sealed record IssuerEntry(string Issuer, string Folded, int Count);
