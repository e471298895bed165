using System.Reflection;

namespace PolicySearch.TestSupport;

/// <summary>The layering check every project's tests make: which assemblies a product assembly references directly.</summary>
public static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty).ToList();

    /// <param name="required">Assembly names that must be referenced.</param>
    /// <param name="forbiddenPrefixes">No referenced assembly name may start with one of these.</param>
    public static void AssertLayering(Assembly assembly, string[] required, params string[] forbiddenPrefixes)
    {
        var references = Of(assembly);
        foreach (var name in required)
        {
            Assert.Contains(name, references);
        }

        foreach (var prefix in forbiddenPrefixes)
        {
            Assert.DoesNotContain(references, name => name.StartsWith(prefix, StringComparison.Ordinal));
        }
    }
}
