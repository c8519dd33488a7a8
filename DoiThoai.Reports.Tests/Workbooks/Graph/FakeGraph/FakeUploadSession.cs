namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>
/// One upload session the fake handed out: the bytes received so far (in order, as both protocols require), the
/// slices as they came, and what to do with the whole file.
/// </summary>
public sealed class FakeUploadSession(string token, bool outlook, long? total, Func<byte[], FakeAnswer> complete)
{
    private readonly MemoryStream _received = new();

    public string Token { get; } = token;

    /// <summary>Outlook attachment protocol (else OneDrive/SharePoint).</summary>
    public bool IsOutlook { get; } = outlook;

    /// <summary>The file's size: declared when the session was made (Outlook), else by the first slice (OneDrive).</summary>
    public long? Total { get; internal set; } = total;

    public long Next => _received.Length;

    public bool Expired { get; set; }

    public bool Completed { get; private set; }

    /// <summary>Every slice accepted: first and last byte.</summary>
    public List<(long First, long Last)> Slices { get; } = [];

    public DateTimeOffset ExpiresAt { get; } = DateTimeOffset.UtcNow.AddHours(1);

    internal void Append(long first, long last, byte[] bytes)
    {
        _received.Write(bytes);
        Slices.Add((first, last));
    }

    /// <summary>Marks the file whole (under the uploads' lock) and gives the answer that hands it on (outside it).</summary>
    internal Func<FakeAnswer> Complete()
    {
        Completed = true;
        var bytes = _received.ToArray();
        return () => complete(bytes);
    }
}
