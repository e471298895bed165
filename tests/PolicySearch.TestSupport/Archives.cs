using System.Text;

namespace PolicySearch.TestSupport;

public static class Archives
{
    public static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "TestData", "samples", "archive.jsonl.gz");

    public static string Line(string id, string title, string body) =>
        $$"""{"id":"{{id}}","source":"test","url":null,"title":"{{title}}","issuer":"国务院","doc_number":null,"written_date":"2020年1月2日","published_date":"2020-01-03","effective_date":null,"validity":"有效","category":"国务院文件","body":"{{body}}","extra":null}""";

    public static string Write(string path, IEnumerable<string> lines)
    {
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }
}
