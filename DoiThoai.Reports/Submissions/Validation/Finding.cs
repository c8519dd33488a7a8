namespace DoiThoai.Reports.Submissions.Validation;

/// <summary>
/// One problem found in the submissions sheet, located by cell so a teacher can go straight to it.
/// Immutable.
/// </summary>
/// <param name="Code">Stable code for machines (<see cref="FindingCodes"/>).</param>
/// <param name="Severity">Error (row rejected) or warning (row kept).</param>
/// <param name="Sheet">The sheet's name, e.g. <c>KienNghi</c>.</param>
/// <param name="Cell">The cell, e.g. <c>E12</c>.</param>
/// <param name="RowNumber">One-based row number of the cell.</param>
/// <param name="Message">What is wrong and what to do, in Vietnamese.</param>
/// <param name="SubmissionId">The row's submission ID, when it has one.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Sheet, string Cell, int RowNumber, string Message, string? SubmissionId = null)
{
    /// <summary><c>KienNghi!E12</c>.</summary>
    public string Address => $"{Sheet}!{Cell}";

    public override string ToString() => $"{Address}: {Message}";
}
