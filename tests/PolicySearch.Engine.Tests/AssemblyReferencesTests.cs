using System.Reflection;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Engine.Tests;

public sealed class AssemblyReferencesTests
{
    private static readonly Assembly Engine = typeof(PolicyIndexReader).Assembly;

    [Fact]
    public void Engine_references_core_but_not_aspnetcore_nor_the_hosts()
    {
        AssemblyReferences.AssertLayering(
            Engine, ["PolicySearch.Core"], "Microsoft.AspNetCore", "PolicySearch.Hosting", "PolicySearch.Api", "PolicySearch.Cli");
    }

    [Fact]
    public void No_lucene_type_appears_in_the_public_surface()
    {
        var leaks = Engine.GetExportedTypes()
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(member => SignatureTypes(member).Select(signature => $"{type.Name}.{member.Name}: {signature.FullName}")))
            .Where(leak => leak.Contains("Lucene.", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(leaks);
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo method => method.GetParameters().Select(parameter => parameter.ParameterType).Append(method.ReturnType),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        ConstructorInfo constructor => constructor.GetParameters().Select(parameter => parameter.ParameterType),
        _ => [],
    };
}
