using System.Text.Json.Nodes;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>An event in the fake calendar: the fields as last written, and its extended properties.</summary>
public sealed class FakeEvent(string id, string iCalUId, string? transactionId)
{
    public string Id { get; } = id;

    public string ICalUId { get; } = iCalUId;

    public string? TransactionId { get; } = transactionId;

    /// <summary>subject, body, start, end, location, isAllDay, showAs, ... as JSON.</summary>
    public JsonObject Fields { get; } = [];

    public Dictionary<string, string> ExtendedProperties { get; } = new(StringComparer.Ordinal);

    /// <summary>How many PATCHes changed it.</summary>
    public int Patches { get; set; }

    public string? Subject => Fields["subject"]?.GetValue<string>();

    public string? Location => Fields["location"]?["displayName"]?.GetValue<string>();

    public string? Start => Fields["start"]?["dateTime"]?.GetValue<string>();

    public string? End => Fields["end"]?["dateTime"]?.GetValue<string>();

    public string? TimeZone => Fields["start"]?["timeZone"]?.GetValue<string>();

    public bool IsAllDay => Fields["isAllDay"]?.GetValue<bool>() ?? false;

    public string? Body => Fields["body"]?["content"]?.GetValue<string>();
}
