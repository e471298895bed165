namespace PolicySearch.TestSupport;

/// <summary>A directory of its own under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policysearch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file into the directory and returns its path.</summary>
    public string Write(string name, byte[] data)
    {
        var path = Combine(name);
        File.WriteAllBytes(path, data);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A reader, SQLite or a child process may still hold a file briefly; the OS temp cleaner gets it later.
        }
    }
}
