namespace PolicySearch.Crawler.Extraction;

/// <summary>
/// Reads labelled metadata from a page's lines: "LABEL：value" inline, several labels on one line, or the value on
/// the next line (tables, dl/dd, label-per-line blocks). Returns every candidate value in page order.
/// </summary>
public static class LabelledBlock
{
    private const int MaxValueLength = 300;

    public static IReadOnlyList<(MetadataField Field, string Value)> Read(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var found = new List<(MetadataField, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var alone = MetadataLabels.Alone.Match(line);
            if (alone.Success)
            {
                Add(found, MetadataLabels.FieldOf(alone.Groups["label"].Value), NextValue(lines, i));
                continue;
            }

            var matches = MetadataLabels.WithColon.Matches(line);
            for (var m = 0; m < matches.Count; m++)
            {
                var start = matches[m].Index + matches[m].Length;
                var end = m + 1 < matches.Count ? matches[m + 1].Index : line.Length;
                var value = line[start..end].Trim(' ', '\u3000', '\u00A0', '|');
                var isLast = m == matches.Count - 1;
                if (value.Length == 0 && isLast)
                {
                    value = NextValue(lines, i);
                }

                Add(found, MetadataLabels.FieldOf(matches[m].Groups["label"].Value), value);
            }
        }

        return found;
    }

    private static string NextValue(IReadOnlyList<string> lines, int index)
    {
        if (index + 1 >= lines.Count)
        {
            return string.Empty;
        }

        var next = lines[index + 1];
        var startsWithLabel = MetadataLabels.WithColon.Match(next) is { Success: true, Index: 0 } || MetadataLabels.Alone.IsMatch(next);
        return startsWithLabel || next.Length > MaxValueLength ? string.Empty : next;
    }

    private static void Add(List<(MetadataField, string)> found, MetadataField field, string value)
    {
        if (field != MetadataField.Ignored && value.Length is > 0 and <= MaxValueLength)
        {
            found.Add((field, value));
        }
    }
}
