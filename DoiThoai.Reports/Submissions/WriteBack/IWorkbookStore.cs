using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>
/// The shared workbook as a store: read it at any time, change it only in a transaction (<see cref="BeginAsync"/>)
/// so that several people saving at once (the secretary, the principal, a teacher in Excel) never lose an answer.
/// Implementations: a local .xlsx, a workbook in OneDrive/SharePoint through Microsoft Graph.
/// </summary>
public interface IWorkbookStore
{
    /// <summary>What to call the workbook in messages (a file path, or the Graph item).</summary>
    string Description { get; }

    /// <summary>The rows as they are now, for reading outside any transaction.</summary>
    IWorkbookSource Source { get; }

    /// <summary>
    /// A token that changes whenever the workbook changes (a local file's time and size; a drive item's eTag), so
    /// readers can cache; null when it cannot be known cheaply.
    /// </summary>
    Task<string?> VersionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts the only write to this workbook: waits (bounded) for any other, then holds the workbook until the
    /// transaction is disposed. Raises <see cref="WorkbookAccessException"/> (Vietnamese message, stable code) when
    /// the workbook is open in an editor whose save would undo ours, or another write does not finish in time.
    /// </summary>
    Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default);
}
