namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Turns Word's in-text control characters into plain text: paragraph, cell, line and page marks become line breaks;
/// field instructions (between 0x13 and 0x14) are dropped and field results (0x14 to 0x15) kept; anchors of pictures,
/// footnotes and drawn objects are dropped.
/// </summary>
internal sealed class WordTextCleaner(TextBudget text)
{
    private const char FieldBegin = '\u0013';
    private const char FieldSeparator = '\u0014';
    private const char FieldEnd = '\u0015';

    // One entry per open field: true while its instruction (before the separator) is being read.
    private readonly Stack<bool> _fields = new();

    public void Append(string run)
    {
        foreach (var c in run)
        {
            switch (c)
            {
                case FieldBegin:
                    _fields.Push(true);
                    continue;
                case FieldSeparator when _fields.Count > 0:
                    _fields.Pop();
                    _fields.Push(false);
                    continue;
                case FieldEnd when _fields.Count > 0:
                    _fields.Pop();
                    continue;
            }

            if (_fields.Count > 0 && _fields.Peek())
            {
                continue;
            }

            var mapped = c switch
            {
                '\r' or '\u000B' or '\u000C' or '\u0007' or '\u000E' => '\n',
                '\t' => '\t',
                '\u001E' => '-',
                '\u00A0' => ' ',
                < ' ' => '\0',
                _ => c,
            };
            if (mapped != '\0')
            {
                text.Append(mapped);
            }
        }
    }

    public override string ToString() => text.ToString();
}
