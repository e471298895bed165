namespace PolicySearch.Crawler.Attachments.Ocr;

/// <summary>A private temporary folder for one OCR run, deleted with everything in it when disposed.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder() => Path = Directory.CreateTempSubdirectory("policysearch-ocr-").FullName;

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a killed helper; the system's temp cleaner removes it later.
        }
    }
}
