using System.Globalization;
using System.Text.Json;
using PolicySearch.Core.Documents;
using PolicySearch.Core.Metadata;

namespace PolicySearch.Core.Import;

/// <summary>
/// Maps one record of the corpus JSON Lines format (id, source, url, title, issuer, doc_number, written_date,
/// published_date, effective_date, validity, category, body, extra) to a <see cref="PolicyDocument"/>.
/// </summary>
public static class CorpusRecordMapper
{
    public const int MaxIdLength = 200;

    /// <summary>Maps a parsed record.</summary>
    /// <exception cref="FormatException">A required field is missing or empty, or a field has the wrong type or an invalid value; the message names the field.</exception>
    public static PolicyDocument Map(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"a record must be a JSON object, got {Describe(record.ValueKind)}");
        }

        var extra = ReadExtra(record);
        var validityText = Trimmed(OptionalString(record, "validity"));
        return new PolicyDocument
        {
            Id = ReadId(record),
            Title = ReadTitle(record),
            Body = RequiredString(record, "body"),
            Url = Trimmed(OptionalString(record, "url")),
            DocumentNumber = Trimmed(OptionalString(record, "doc_number")),
            IndexNumber = IndexNumbers.Normalize(OptionalString(record, "index_number"))
                ?? IndexNumbers.Normalize(OptionalString(extra, "index_number", "extra.")),
            Issuer = MetadataText.Clean(OptionalString(record, "issuer")),
            Topic = MetadataText.Clean(OptionalString(record, "topic"))
                ?? MetadataText.Clean(OptionalString(extra, "topic", "extra.")),
            Category = MetadataText.Clean(OptionalString(record, "category")),
            WrittenDate = OptionalDate(record, "written_date"),
            PublishedDate = OptionalDate(record, "published_date"),
            EffectiveDate = OptionalDate(record, "effective_date"),
            Validity = ValidityParser.Parse(validityText),
            ValidityText = validityText,
            Source = MetadataText.Clean(OptionalString(record, "source")),
            Extra = extra?.Clone(),
        };
    }

    private static string ReadId(JsonElement record)
    {
        var id = RequiredString(record, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new FormatException("field 'id' is empty");
        }

        if (id.Length > MaxIdLength)
        {
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"field 'id' is longer than {MaxIdLength} characters ({id.Length})"));
        }

        var control = id.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        if (control < 0)
        {
            control = id.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        }

        if (control >= 0)
        {
            throw new FormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"field 'id' contains a control character (U+{(int)id[control]:X4}) at position {control}"));
        }

        // Ids are keys in URLs and the index; trimming one silently would break a later lookup by the original.
        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            throw new FormatException("field 'id' has leading or trailing whitespace");
        }

        return id;
    }

    private static string ReadTitle(JsonElement record)
    {
        var title = RequiredString(record, "title").Trim();
        return title.Length > 0 ? title : throw new FormatException("field 'title' is empty");
    }

    private static JsonElement? ReadExtra(JsonElement record)
    {
        if (!record.TryGetProperty("extra", out var extra) || extra.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return extra.ValueKind == JsonValueKind.Object
            ? extra
            : throw new FormatException($"field 'extra' must be an object or null, got {Describe(extra.ValueKind)}");
    }

    private static string RequiredString(JsonElement record, string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            throw new FormatException($"field '{name}' is missing");
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"field '{name}' must be a string, got {Describe(value.ValueKind)}");
    }

    private static string? OptionalString(JsonElement? record, string name, string fieldPrefix = "")
    {
        if (record is null || !record.Value.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new FormatException($"field '{fieldPrefix}{name}' must be a string or null, got {Describe(value.ValueKind)}");
    }

    private static DateOnly? OptionalDate(JsonElement record, string name)
    {
        var text = Trimmed(OptionalString(record, name));
        if (text is null)
        {
            return null;
        }

        return ChineseDate.Parse(text) ?? throw new FormatException($"field '{name}' is not a valid date: '{text}'");
    }

    private static string? Trimmed(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
