using PolicySearch.Api;

namespace PolicySearch.Api.Tests;

public sealed class AssemblyReferencesTests
{
    [Fact]
    public void The_api_references_no_lucene_assembly_directly()
    {
        var references = typeof(PolicySearchWebApp).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty);

        Assert.DoesNotContain(references, name => name.StartsWith("Lucene", StringComparison.Ordinal));
    }
}
