using System.Text.Json.Nodes;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// What the Office fake pretends to be: <c>window.__fakeOfficeConfig</c>, whose fields are described in
/// <c>addin/client/test/fake-office/config.ts</c>. The defaults are Word with WordApi 1.3 and the File API.
/// </summary>
internal sealed record FakeOfficeConfig
{
    /// <summary>The host Office.onReady answers; null pretends a plain browser that loaded office.js.</summary>
    public string? Host { get; init; } = "Word";

    /// <summary>The highest WordApi requirement set supported ("1.1", "1.3"); null for none.</summary>
    public string? WordApi { get; init; } = "1.3";

    public FakeFileApi FileApi { get; init; } = FakeFileApi.Works;

    /// <summary>A slice size smaller than the page asks for, to make Word hand the file over in several slices.</summary>
    public int? SliceSize { get; init; }

    /// <summary>Tags whose controls lose tag and title when the page inserts a file (Word's quirk, exaggerated).</summary>
    public IReadOnlyList<string> InsertDropsTags { get; init; } = [];

    /// <summary>How long Office.onReady takes to answer, in milliseconds.</summary>
    public int ReadyDelayMs { get; init; }

    /// <summary>The .docx open when the page starts; null for a blank document.</summary>
    public byte[]? Document { get; init; }

    /// <summary>The configuration as the script that sets it before the page's own scripts.</summary>
    public string ToInitScript()
    {
        var json = new JsonObject
        {
            ["host"] = Host,
            ["wordApi"] = WordApi,
            ["fileApi"] = FileApi switch
            {
                FakeFileApi.Works => JsonValue.Create(true),
                FakeFileApi.Missing => JsonValue.Create(false),
                _ => JsonValue.Create("fails"),
            },
            ["insertDropsTags"] = new JsonArray([.. InsertDropsTags.Select(t => JsonValue.Create(t))]),
            ["readyDelayMs"] = ReadyDelayMs,
        };
        if (SliceSize is { } size)
        {
            json["sliceSize"] = size;
        }

        if (Document is { } document)
        {
            json["document"] = Convert.ToBase64String(document);
        }

        return "window.__fakeOfficeConfig = " + json.ToJsonString() + ";";
    }
}
