namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>
/// Writes answers back to the shared workbook. Rows are found by submission ID at write time (teachers may
/// have sorted or inserted rows since the read); only the cells named are changed; user text is always
/// written as text, never as a formula; the same write twice changes nothing.
/// </summary>
public interface IWorkbookWriter
{
    /// <summary>Applies <paramref name="updates"/>, one after another, and reports what happened to each.</summary>
    Task<WriteBackResult> UpdateAsync(IReadOnlyList<SubmissionUpdate> updates, CancellationToken cancellationToken = default);

    /// <summary>Adds new rows (questions raised on the spot at a session) at the end of the table.</summary>
    Task<WriteBackResult> AppendAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken = default);
}
