namespace PolicySearch.Crawler.Tests.Support;

internal static class TestPaths
{
    public static string SampleSite => Path.Combine(AppContext.BaseDirectory, "TestData", "sample-site");

    /// <summary>An attachment fixture made by a real tool (tests/TestData/crawler/attachments, see tests/TestData/README.md).</summary>
    public static string Attachment(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", "crawler", "attachments", fileName);

    public static string RealPage(string relativePath) => Path.Combine(AppContext.BaseDirectory, "TestData", "crawler", "sites", relativePath);

    /// <summary>A private, writable copy of the sample site.</summary>
    public static string CopySampleSite(string target)
    {
        foreach (var file in Directory.GetFiles(SampleSite, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(SampleSite, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
