using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Tests;

public sealed class AssemblyReferencesTests
{
    [Fact]
    public void Core_references_neither_lucene_nor_aspnetcore_nor_another_policysearch_project()
    {
        AssemblyReferences.AssertLayering(typeof(PolicyDocument).Assembly, [], "Lucene", "Microsoft.AspNetCore", "PolicySearch");
    }
}
