using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of an OFD file (GB/T 33190-2016, 电子文件存储与交换格式 版式文档): a zip package whose entry OFD.xml lists each
/// document's root (DocBody/DocRoot, e.g. Doc_0/Document.xml); the document lists its pages in order (Pages/Page, BaseLoc
/// relative to the document's folder, e.g. Pages/Page_0/Content.xml); each page's content holds layers of TextObject
/// elements, whose TextCode children are the text. Text objects on the same baseline are joined, a new baseline starts a
/// new line. Names are matched without their namespace (http://www.ofdspec.org/2016), as writers differ in prefixes.
/// </summary>
internal static class OfdText
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    public static string Read(byte[] body, ReadingContext context)
    {
        if (InflationLimit.ZipExceeds(body, AttachmentText.MaxDocxUncompressedBytes))
        {
            throw new AttachmentRefusedException("attachment_bomb");
        }

        using var archive = new ZipArchive(new MemoryStream(body, writable: false), ZipArchiveMode.Read);
        var entries = archive.Entries.GroupBy(entry => entry.FullName.TrimStart('/'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        var text = new TextBudget(context);
        var pageCount = 0;
        foreach (var documentRoot in Values(entries, "OFD.xml", "DocRoot"))
        {
            var rootPath = Resolve(string.Empty, documentRoot);
            var folder = Folder(rootPath);
            foreach (var page in Attributes(entries, rootPath, "Page", "BaseLoc"))
            {
                if (++pageCount > AttachmentText.MaxPdfPages)
                {
                    throw new AttachmentRefusedException("attachment_too_many_pages");
                }

                ReadPage(entries, Resolve(folder, page), text);
                text.AppendLine(string.Empty);
            }
        }

        return pageCount > 0 ? text.ToString() : throw new InvalidDataException("OFD package without pages.");
    }

    private static void ReadPage(Dictionary<string, ZipArchiveEntry> entries, string path, TextBudget text)
    {
        var lastBaseline = double.NaN;
        var objectTop = 0.0;
        var size = 0.0;
        using var reader = Open(entries, path);
        while (reader is { EOF: false })
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "TextObject")
            {
                objectTop = Number(reader.GetAttribute("Boundary"), 1);
                size = Number(reader.GetAttribute("Size"), 0);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "TextCode")
            {
                var baseline = objectTop + Number(reader.GetAttribute("Y"), 0);
                var line = reader.ReadElementContentAsString();
                if (!double.IsNaN(lastBaseline) && Math.Abs(baseline - lastBaseline) > Math.Max(size / 2, 0.5))
                {
                    text.AppendLine(string.Empty);
                }

                text.Append(line);
                lastBaseline = baseline;
                continue; // ReadElementContentAsString has moved past the element
            }

            reader.Read();
        }
    }

    /// <summary>The text of every <paramref name="element"/> in an entry.</summary>
    private static List<string> Values(Dictionary<string, ZipArchiveEntry> entries, string path, string element)
    {
        var values = new List<string>();
        using var reader = Open(entries, path) ?? throw new InvalidDataException("OFD package without OFD.xml.");
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element)
            {
                values.Add(reader.ReadElementContentAsString().Trim());
                continue;
            }

            reader.Read();
        }

        return values;
    }

    private static List<string> Attributes(Dictionary<string, ZipArchiveEntry> entries, string path, string element, string attribute)
    {
        var values = new List<string>();
        using var reader = Open(entries, path);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element && reader.GetAttribute(attribute) is { } value)
            {
                values.Add(value.Trim());
            }
        }

        return values;
    }

    private static XmlReader? Open(Dictionary<string, ZipArchiveEntry> entries, string path) =>
        entries.TryGetValue(path, out var entry) ? XmlReader.Create(entry.Open(), Settings) : null;

    private static string Folder(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] : string.Empty;

    /// <summary>A location relative to the referring file's folder, or absolute from the package root when it starts with '/'.</summary>
    private static string Resolve(string folder, string location) =>
        location.StartsWith('/') ? location.TrimStart('/') : folder + location;

    /// <summary>The <paramref name="index"/>th number of a space-separated list such as Boundary="10 20 100 5".</summary>
    private static double Number(string? values, int index)
    {
        var parts = values?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is not null && parts.Length > index && double.TryParse(parts[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
