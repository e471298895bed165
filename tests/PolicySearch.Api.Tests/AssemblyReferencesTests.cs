using PolicySearch.Api;

namespace PolicySearch.Api.Tests;

public sealed class AssemblyReferencesTests
{
    [Fact]
    public void The_api_references_no_lucene_assembly_directly()
    {
        AssemblyReferences.AssertLayering(typeof(PolicySearchWebApp).Assembly, [], "Lucene");
    }
}
