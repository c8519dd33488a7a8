using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using Microsoft.Graph;

namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>
/// A workbook in OneDrive/SharePoint as a store: reads through <see cref="GraphWorkbookSource"/>; a write takes the
/// workbook's turn (<see cref="IWorkbookTurns"/>: this process's by default, one shared by several instances when the
/// host gives it), then the rows are read again inside it and the batch written through <see cref="GraphWorkbookWriter"/>
/// (updates, then new rows, each confirmed by reading back). Graph has no transaction across requests: a write cut off
/// midway leaves the confirmed rows written and reports the rest not saved, never the reverse.
/// </summary>
/// <param name="graph">A client from <see cref="GraphConnection"/>.</param>
/// <param name="location">Which workbook.</param>
/// <param name="lockWait">How long a write waits for another; null: <see cref="LocalWorkbookStore.DefaultLockWait"/>.</param>
/// <param name="turns">Whose turns a write takes; null: <see cref="InProcessWorkbookTurns.Shared"/>.</param>
public sealed class GraphWorkbookStore(GraphServiceClient graph, GraphWorkbookLocation location, TimeSpan? lockWait = null, IWorkbookTurns? turns = null) : IWorkbookStore
{
    private readonly TimeSpan _lockWait = lockWait ?? LocalWorkbookStore.DefaultLockWait;
    private readonly IWorkbookTurns _turns = turns ?? InProcessWorkbookTurns.Shared;

    public string Description => location.Description;

    public IWorkbookSource Source { get; } = new GraphWorkbookSource(graph, location);

    public Task<string?> VersionAsync(CancellationToken cancellationToken = default) => new GraphWorkbookChannel(graph, location).ETagAsync(cancellationToken);

    public async Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        // The turn first: the rows the batch is planned from are read through the transaction, after it is held.
        var turn = await _turns.TryTakeAsync(GraphWorkbookTurns.Name(graph, location), _lockWait, cancellationToken)
            ?? throw new WorkbookAccessException(WorkbookMessages.Busy(location.Description), code: ErrorCodes.WorkbookBusy);
        return new Transaction(graph, location, turn);
    }

    private sealed class Transaction(GraphServiceClient graph, GraphWorkbookLocation location, IAsyncDisposable turn) : IWorkbookTransaction
    {
        private bool _ended;

        public IWorkbookSource Source { get; } = new GraphWorkbookSource(graph, location);

        public async Task<WriteBackResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken = default)
        {
            var writer = new GraphWorkbookWriter(graph, location, addRetryDelay: null, turnHeld: true);
            var updated = batch.Updates.Count == 0 ? WriteBackResult.Nothing : await writer.UpdateAsync(batch.Updates, cancellationToken);
            var appended = batch.NewRows.Count == 0 ? WriteBackResult.Nothing : await writer.AppendAsync(batch.NewRows, cancellationToken);
            return new WriteBackResult(updated.Saved, updated.Unchanged, [.. updated.Failed, .. appended.Failed]) { Added = appended.Saved };
        }

        public ValueTask DisposeAsync()
        {
            if (_ended)
            {
                return ValueTask.CompletedTask;
            }

            _ended = true;
            return turn.DisposeAsync();
        }
    }
}
