namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>How bad a finding is: an error rejects its row, a warning keeps it.</summary>
public enum FindingSeverity
{
    /// <summary>The row is accepted; someone should still look at it (late, too long, hidden, guessed).</summary>
    Warning,

    /// <summary>The row is rejected until the cell is fixed.</summary>
    Error,
}
