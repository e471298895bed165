using System.Text;
using System.Text.Json;

namespace PolicySearch.Benchmarks.Perf;

/// <summary>Appends a suffix to the top-level string <c>id</c> of one JSON Lines record, leaving every other byte as it was.</summary>
internal static class JsonLineIds
{
    /// <returns>The record with <c>"id": "ID" + suffix</c>; the line unchanged when it is not a JSON object with a string id (import rejects it as before).</returns>
    public static byte[] WithSuffix(byte[] line, string suffix)
    {
        ArgumentNullException.ThrowIfNull(line);
        var end = EndOfIdValue(line);
        if (end < 0)
        {
            return line;
        }

        var added = Encoding.UTF8.GetBytes(JsonEncodedText.Encode(suffix).Value);
        var result = new byte[line.Length + added.Length];
        line.AsSpan(0, end).CopyTo(result);
        added.CopyTo(result, end);
        line.AsSpan(end).CopyTo(result.AsSpan(end + added.Length));
        return result;
    }

    /// <summary>The offset of the closing quote of the top-level id string, or -1.</summary>
    private static int EndOfIdValue(byte[] line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String ? (int)reader.TokenStartIndex + 1 + reader.ValueSpan.Length : -1;
                }

                reader.Skip();
            }

            return -1;
        }
        catch (JsonException)
        {
            return -1;
        }
    }
}
