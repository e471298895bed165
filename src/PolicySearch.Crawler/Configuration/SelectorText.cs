namespace PolicySearch.Crawler.Configuration;

/// <summary>A field selector split into its CSS part and an optional trailing "@attribute".</summary>
public readonly record struct SelectorText(string Css, string? Attribute)
{
    public static SelectorText Split(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var at = selector.LastIndexOf('@');
        if (at > 0 && at < selector.Length - 1 && selector[(at + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return new SelectorText(selector[..at].Trim(), selector[(at + 1)..]);
        }

        return new SelectorText(selector.Trim(), null);
    }
}
