namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Who may write to a workbook now: one turn per workbook, taken with a bounded wait and held until disposed. The
/// library's own is <see cref="InProcessWorkbookTurns"/> (one process); a host with several instances supplies one
/// they share (the add-in host's Redis turn). Implementations are thread-safe.
/// </summary>
public interface IWorkbookTurns
{
    /// <summary>Waits at most <paramref name="wait"/> for the turn of the workbook known by <paramref name="workbook"/>.</summary>
    /// <param name="workbook">A stable name of the workbook, the same in every instance (where it is, not how it is shown).</param>
    /// <param name="wait">The longest wait for another writer to finish.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The turn, released when disposed; null when another writer kept it past <paramref name="wait"/>.</returns>
    /// <exception cref="Submissions.Sheets.WorkbookAccessException">The turn cannot be asked for (the shared store is unreachable).</exception>
    Task<IAsyncDisposable?> TryTakeAsync(string workbook, TimeSpan wait, CancellationToken cancellationToken = default);
}
