using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Tests;

public sealed class AssemblyReferencesTests
{
    [Fact]
    public void Core_references_neither_lucene_nor_aspnetcore_nor_another_policysearch_project()
    {
        var references = typeof(PolicyDocument).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Lucene", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("PolicySearch", StringComparison.Ordinal));
    }
}
