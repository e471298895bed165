using System.Text;

namespace PolicySearch.Crawler.Attachments;

/// <summary>The state an RTF group inherits from its parent and restores when it closes.</summary>
internal readonly record struct RtfGroup(bool Skip, bool FontTable, int UnicodeFallback, Encoding Encoding);
