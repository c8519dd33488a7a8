namespace DoiThoai.Reports.Submissions.WriteBack;

/// <summary>Everything one transaction writes: answers and statuses of existing rows, and new rows.</summary>
/// <param name="Updates">Changes to rows found by submission ID.</param>
/// <param name="NewRows">Rows to add at the end of the table (questions raised on the spot), already validated.</param>
public sealed record WriteBatch(IReadOnlyList<SubmissionUpdate> Updates, IReadOnlyList<Submission> NewRows)
{
    public bool IsEmpty => Updates.Count == 0 && NewRows.Count == 0;
}
