using System.Text;

namespace PolicySearch.Crawler.Attachments;

/// <summary>Collects an attachment's text, refusing it (attachment_text_too_long, attachment_too_slow) as soon as a limit is passed.</summary>
internal sealed class TextBudget(ReadingContext context)
{
    private readonly StringBuilder _text = new();

    public void Append(char value)
    {
        _text.Append(value);
        Check();
    }

    public void Append(string value)
    {
        _text.Append(value);
        Check();
    }

    public void AppendLine(string value)
    {
        _text.Append(value).Append('\n');
        Check();
        context.CheckTime();
    }

    /// <summary>The text with blank lines and trailing spaces dropped.</summary>
    public override string ToString() => Tidy(_text.ToString());

    public static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.TrimEnd()).Where(line => line.Trim().Length > 0)).Trim();

    private void Check()
    {
        if (_text.Length > AttachmentText.MaxTextChars)
        {
            throw new AttachmentRefusedException("attachment_text_too_long");
        }
    }
}
