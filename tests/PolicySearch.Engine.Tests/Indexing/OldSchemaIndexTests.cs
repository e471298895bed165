using Microsoft.Extensions.Logging.Abstractions;
using PolicySearch.Core.Errors;
using PolicySearch.Engine.Indexing;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Tests.Indexing;

/// <summary>Indexes of every past schema version, committed under tests/TestData/indexes (see its README), are refused with how to rebuild.</summary>
public sealed class OldSchemaIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void An_index_of_a_past_schema_version_is_refused_with_how_to_rebuild(int version)
    {
        using var directory = new TemporaryDirectory();
        CopyFixture(version, directory.Path);
        var options = new IndexOptions { Path = directory.Path };

        var readError = Assert.Throws<PolicySearchException>(() => PolicyIndexReader.Open(options, NullLogger.Instance));
        var writeError = Assert.Throws<PolicySearchException>(() => PolicyIndexWriter.Open(options, NullLogger.Instance));

        Assert.Equal(ErrorCodes.IndexSchemaMismatch, readError.Code);
        Assert.Contains($"schema version {version},", readError.Message, StringComparison.Ordinal);
        Assert.Contains("Rebuild it", readError.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.IndexSchemaMismatch, writeError.Code);
    }

    private static void CopyFixture(int version, string target)
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "indexes", $"schema-v{version}");
        var files = Directory.GetFiles(fixture);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
