using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>JSON answers in Graph's shapes, for the fake's areas.</summary>
public static class FakeJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FakeAnswer Object(int status, Action<Utf8JsonWriter> properties, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            properties(w);
            w.WriteEndObject();
        }

        return new FakeAnswer(status, stream.ToArray(), headers);
    }

    public static FakeAnswer Node(int status, JsonNode node) => new(status, JsonSerializer.SerializeToUtf8Bytes(node, SerializerOptions));

    /// <summary>Graph's error shape.</summary>
    public static FakeAnswer Error(int status, string code, string? message = null, IReadOnlyDictionary<string, string>? headers = null) =>
        Object(status, w =>
        {
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message ?? code);
            w.WriteEndObject();
        }, headers);

    /// <summary>The body parsed as a JSON object (property names as sent).</summary>
    public static JsonObject Parse(FakeHttpRequest request) => JsonNode.Parse(request.BodyText)?.AsObject() ?? throw new JsonException("empty body");

    /// <summary>A property by name, ignoring case (Graph reads <c>AttachmentItem</c> and <c>attachmentItem</c> alike).</summary>
    public static JsonNode? Get(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Keeps only <c>$select</c>ed properties (and <c>id</c>, <c>@odata.*</c>), as Graph does.</summary>
    public static JsonObject Select(JsonObject item, string? select)
    {
        if (string.IsNullOrEmpty(select))
        {
            return item;
        }

        var wanted = select.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = new JsonObject();
        foreach (var (name, value) in item)
        {
            if (name == "id" || name.StartsWith("@odata", StringComparison.Ordinal) || wanted.Contains(name) || name == "singleValueExtendedProperties")
            {
                kept[name] = value?.DeepClone();
            }
        }

        return kept;
    }
}
