using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PolicySearch.Core.Search;
using PolicySearch.Core.Serialization;

namespace PolicySearch.Api.Composition;

/// <summary>
/// Describes <see cref="Snippet"/> in the OpenAPI document as what the JSON carries: an HTML string
/// (<see cref="SnippetHtmlJsonConverter"/>), which the generator cannot see through a converter.
/// </summary>
internal sealed class SnippetSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(Snippet))
        {
            schema.Type = JsonSchemaType.String;
            schema.Description = "HTML: document text encoded, matches in <mark>.";
        }

        return Task.CompletedTask;
    }
}
