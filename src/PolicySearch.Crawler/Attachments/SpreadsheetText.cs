using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace PolicySearch.Crawler.Attachments;

/// <summary>
/// Text of a spreadsheet (XLS, XLSX, and WPS's ET, which is the XLS format) with ExcelDataReader, row by row: each sheet's
/// name on a line, then one line per non-empty row with its cells separated by tabs, as 权责清单, 收费目录 and 名单 read.
/// </summary>
internal static class SpreadsheetText
{
    static SpreadsheetText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Read(byte[] body, ReadingContext context)
    {
        var isZip = body.AsSpan().StartsWith("PK\u0003\u0004"u8);
        if (isZip && InflationLimit.ZipExceeds(body, AttachmentText.MaxDocxUncompressedBytes))
        {
            throw new AttachmentRefusedException("attachment_bomb");
        }

        using var stream = new MemoryStream(body, writable: false);
        using var reader = isZip ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
        var text = new TextBudget(context);
        var cells = new List<string>();
        do
        {
            text.AppendLine(reader.Name ?? string.Empty);
            while (reader.Read())
            {
                cells.Clear();
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    cells.Add(Format(reader.GetValue(column)));
                }

                var last = cells.FindLastIndex(cell => cell.Length > 0);
                text.AppendLine(last < 0 ? string.Empty : string.Join('\t', cells.Take(last + 1)));
            }
        }
        while (reader.NextResult());

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text.Replace('\n', ' ').Replace('\r', ' ').Trim(),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
