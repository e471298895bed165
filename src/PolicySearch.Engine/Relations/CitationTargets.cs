using PolicySearch.Core.Citations;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// The indexed documents a reference may mean, before the version is chosen: for a title, the documents whose title
/// key equals the cited key, else the cited key without 中华人民共和国 (title keys hold both forms, so 《行政复议法》
/// finds 中华人民共和国行政复议法); for a 文号, the documents with that normalized number. Lookups are cached.
/// </summary>
internal sealed class CitationTargets
{
    /// <summary>More documents than this under one key are not versions of one text; the rest are ignored.</summary>
    public const int MaxGroup = 100;

    private readonly IndexedDocuments _documents;
    private readonly Dictionary<(string Field, string Key), List<PolicyDocument>> _groups = [];

    public CitationTargets(IndexedDocuments documents)
    {
        _documents = documents;
    }

    public IReadOnlyList<PolicyDocument> For(Citation citation) => citation.Kind == CitationKind.Title
        ? ForTitleKey(LookupKeys.Compact(citation.Text))
        : ForDocumentNumber(citation.Key);

    /// <param name="key">A folded title key as cited (see <see cref="LookupKeys.Compact"/>).</param>
    public IReadOnlyList<PolicyDocument> ForTitleKey(string key)
    {
        var exact = Group(IndexFields.TitleKey, key);
        var bare = LookupKeys.WithoutCountryPrefix(key);
        return exact.Count > 0 || bare == key ? exact : Group(IndexFields.TitleKey, bare);
    }

    public IReadOnlyList<PolicyDocument> ForDocumentNumber(string key) => Group(IndexFields.DocumentNumberKey, key);

    /// <summary>Every version of a title: the documents sharing its key without 中华人民共和国, this one included.</summary>
    public IReadOnlyList<PolicyDocument> SameTitle(string title)
    {
        var key = LookupKeys.WithoutCountryPrefix(LookupKeys.Compact(title));
        return key.Length == 0 ? [] : Group(IndexFields.TitleKey, key);
    }

    private List<PolicyDocument> Group(string field, string key)
    {
        if (!_groups.TryGetValue((field, key), out var group))
        {
            group = key.Length == 0 ? [] : _documents.WithTerm(field, key, MaxGroup);
            _groups[(field, key)] = group;
        }

        return group;
    }
}
