namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>A file in a fake documents folder.</summary>
public sealed class FakeDriveFile(string id, string folder, string name, byte[] content)
{
    public string Id { get; } = id;

    public string Folder { get; } = folder;

    public string Name { get; } = name;

    public byte[] Content { get; set; } = content;

    /// <summary>How many times its content was replaced.</summary>
    public int Replacements { get; set; }

    /// <summary>True when put there by a test (someone's own file), not uploaded.</summary>
    public bool Seeded { get; init; }

    public string WebUrl => $"https://truong.sharepoint.com/sites/doithoai/Shared%20Documents/{Uri.EscapeDataString(Folder)}/{Uri.EscapeDataString(Name)}";
}
