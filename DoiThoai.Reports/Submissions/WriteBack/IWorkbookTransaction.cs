using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>
/// One write to the shared workbook, begun by <see cref="IWorkbookStore.BeginAsync"/>: read the rows inside it
/// (<see cref="Source"/>), decide, then <see cref="CommitAsync"/> once. Disposing ends it (and removes anything
/// temporary), committed or not.
/// </summary>
public interface IWorkbookTransaction : IAsyncDisposable
{
    /// <summary>The rows as they are now, read inside the transaction: what the batch is planned from.</summary>
    IWorkbookSource Source { get; }

    /// <summary>
    /// Writes the whole batch. A local file is replaced once, atomically: killed at any moment, the workbook is the
    /// old one or the new one. Through Microsoft Graph the writes go in order, each confirmed by reading back.
    /// Only what is confirmed is reported saved or added.
    /// </summary>
    Task<WriteBackResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken = default);
}
