namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// A workbook session (<c>createSession</c>): persistent for writes, not for reads. Excel Online ends idle sessions;
/// an expired one is created anew once per call (<see cref="GraphWorkbookChannel.CallAsync{T}"/>). Not thread-safe.
/// </summary>
internal sealed class WorkbookSession(GraphWorkbookChannel channel, bool persistChanges) : IAsyncDisposable
{
    public const string Header = "workbook-session-id";

    public string? Id { get; private set; }

    public bool PersistChanges => persistChanges;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        Id = await channel.CreateSessionIdAsync(persistChanges, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Id is { } id)
        {
            Id = null;
            await channel.CloseSessionAsync(id);
        }
    }
}
