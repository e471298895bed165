using System.Net;
using System.Text;

namespace PolicySearch.Api.Pages;

/// <summary>
/// Builds HTML so that text can only ever be written encoded: tag and attribute names are checked
/// to be plain names, every text node and attribute value goes through <see cref="WebUtility.HtmlEncode(string)"/>.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new(8192);

    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>\n");
        return this;
    }

    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        CheckName(tag);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element without content or end tag (meta, link, input).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return Text(text).Close(tag);
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _html.Append(WebUtility.HtmlEncode(text));
        }

        return this;
    }

    public HtmlWriter Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(tag);
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            CheckName(name);
            _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }

        _html.Append('>');
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{name}' is not a plain tag or attribute name.", nameof(name));
        }
    }
}
