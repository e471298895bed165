using System.Globalization;
using System.Text;
using ICU4N.Text;

// Writes one "traditional<TAB>simplified" line per BMP Han character whose CLDR
// Traditional-Simplified transform is a different single UTF-16 character. Keeping only 1:1
// mappings lets the analyzers fold scripts in a char filter without moving any offset.
var output = args.Length > 0 ? args[0] : "TraditionalToSimplified.tsv";
var transliterator = Transliterator.GetInstance("Traditional-Simplified");
var lines = new List<string>();
foreach (var (start, end) in new[] { (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF) })
{
    for (var codePoint = start; codePoint <= end; codePoint++)
    {
        var traditional = ((char)codePoint).ToString();
        var simplified = transliterator.Transliterate(traditional);
        if (simplified.Length == 1 && simplified != traditional)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{traditional}\t{simplified}"));
        }
    }
}

File.WriteAllLines(output, lines, new UTF8Encoding(false));
Console.WriteLine($"{lines.Count} mappings written to {output}");
