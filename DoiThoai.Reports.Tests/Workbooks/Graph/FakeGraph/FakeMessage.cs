namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>A message in the fake mailbox: what was posted, as the tests check it.</summary>
public sealed class FakeMessage(string id, string subject, string bodyType, string body, IReadOnlyList<(string Address, string? Name)> to)
{
    public string Id { get; } = id;

    public string Subject { get; } = subject;

    /// <summary><c>html</c> or <c>text</c>, as sent.</summary>
    public string BodyType { get; } = bodyType;

    public string Body { get; } = body;

    public IReadOnlyList<(string Address, string? Name)> To { get; } = to;

    public bool IsDraft => true;

    public string WebLink => $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(Id)}&exvsurl=1&viewmodel=ReadMessageItem";

    public Dictionary<string, string> ExtendedProperties { get; } = new(StringComparer.Ordinal);

    public List<FakeAttachment> Attachments { get; } = [];
}
