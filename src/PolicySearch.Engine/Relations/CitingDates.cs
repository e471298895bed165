using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>
/// The date a document spoke on, read from doc values without loading it: published, else written, else effective
/// (the order of <see cref="Core.Relations.VersionChoice.CitingDate"/>).
/// </summary>
internal sealed class CitingDates
{
    private static readonly string[] _fields = [IndexFields.PublishedDate, IndexFields.WrittenDate, IndexFields.EffectiveDate];

    private readonly List<(NumericDocValues Values, IBits Present)> _dates = [];

    public CitingDates(IndexReader reader)
    {
        foreach (var field in _fields)
        {
            var values = MultiDocValues.GetNumericValues(reader, field);
            var present = MultiDocValues.GetDocsWithField(reader, field);
            if (values is not null && present is not null)
            {
                _dates.Add((values, present));
            }
        }
    }

    public DateOnly? Of(int docId)
    {
        foreach (var (values, present) in _dates)
        {
            if (present.Get(docId))
            {
                var key = (int)values.Get(docId);
                return new DateOnly(key / 10000, key / 100 % 100, key % 100);
            }
        }

        return null;
    }
}
