using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Reads labelled metadata from a page's lines: "LABEL：value" inline, several labels on one line, or the value on
/// the next line (tables, dl/dd, label-per-line blocks). Returns every candidate value in page order. A label whose
/// cell is empty (an <see cref="HtmlText.EmptyCell"/> line after it) has no value: the text after the empty cell
/// belongs to something else. A validity taken from the next line must read as one (有效, 已废止 …), so an empty
/// 有效性 outside a table does not take the title that follows.
/// </summary>
public static class LabelledBlock
{
    private const int MaxValueLength = 300;

    public static IReadOnlyList<(MetadataField Field, string Value)> Read(IReadOnlyList<string> lines) =>
        ReadLabelled(lines).Select(entry => (entry.Field, entry.Value)).ToList();

    /// <summary>Like <see cref="Read"/>, with each value's label as written without spaces (文种, 分类 …).</summary>
    public static IReadOnlyList<(string Label, MetadataField Field, string Value)> ReadLabelled(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var found = new List<(string, MetadataField, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var alone = MetadataLabels.Alone.Match(line);
            if (alone.Success)
            {
                var field = MetadataLabels.FieldOf(alone.Groups["label"].Value);
                Add(found, alone.Groups["label"].Value, field, NextValue(lines, i, field));
                continue;
            }

            var matches = MetadataLabels.WithColon.Matches(line);
            for (var m = 0; m < matches.Count; m++)
            {
                var start = matches[m].Index + matches[m].Length;
                var end = m + 1 < matches.Count ? matches[m + 1].Index : line.Length;
                var value = line[start..end].Trim(' ', '\u3000', '\u00A0', '|');
                var isLast = m == matches.Count - 1;
                var field = MetadataLabels.FieldOf(matches[m].Groups["label"].Value);
                if (value.Length == 0 && isLast)
                {
                    value = NextValue(lines, i, field);
                }

                Add(found, matches[m].Groups["label"].Value, field, value);
            }
        }

        return found;
    }

    private static string NextValue(IReadOnlyList<string> lines, int index, MetadataField field)
    {
        if (index + 1 >= lines.Count)
        {
            return string.Empty;
        }

        var next = lines[index + 1];
        var startsWithLabel = MetadataLabels.WithColon.Match(next) is { Success: true, Index: 0 } || MetadataLabels.Alone.IsMatch(next);
        var notAValidity = field == MetadataField.Validity && ValidityParser.Parse(next) == Validity.Unknown;
        return startsWithLabel || notAValidity || next == HtmlText.EmptyCell || next.Length > MaxValueLength ? string.Empty : next;
    }

    private static void Add(List<(string, MetadataField, string)> found, string label, MetadataField field, string value)
    {
        if (value.Length is > 0 and <= MaxValueLength && value != HtmlText.EmptyCell)
        {
            found.Add((new string(label.Where(c => !char.IsWhiteSpace(c)).ToArray()), field, value));
        }
    }
}
