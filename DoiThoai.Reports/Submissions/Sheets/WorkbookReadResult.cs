using DoiThoai.Reports.Submissions.Validation;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// What <see cref="SubmissionSheetReader"/> made of a sheet. Every data row is either accepted (a submission)
/// or rejected (at least one error finding): <c>RowsRead == Accepted + Rejected</c>. Blank rows inside the
/// table and rows above the header are counted apart. Immutable.
/// </summary>
/// <param name="Sheet">The sheet that was read.</param>
/// <param name="Submissions">Accepted rows, in sheet order (only those asked for, when the read kept some).</param>
/// <param name="Findings">Every problem, in sheet order; errors reject their row, warnings do not.</param>
/// <param name="RowsRead">Data rows read below the header (blank rows excluded).</param>
/// <param name="Rejected">Data rows with at least one error.</param>
/// <param name="BlankRows">Empty rows between the header and the last data row.</param>
/// <param name="RowsAboveHeader">Rows above the header row (a title, say), not read as data.</param>
/// <param name="HeaderRow">One-based row number of the header, or 0 when the sheet was empty.</param>
public sealed record WorkbookReadResult(
    string Sheet,
    IReadOnlyList<Submission> Submissions,
    IReadOnlyList<Finding> Findings,
    int RowsRead,
    int Rejected,
    int BlankRows,
    int RowsAboveHeader,
    int HeaderRow)
{
    /// <summary>
    /// The rejected rows themselves (row number, ID and content as written), so that a write-back can tell why an ID
    /// is not among <see cref="Submissions"/> and never gives a new row an ID or a content already on the sheet.
    /// </summary>
    public IReadOnlyList<RejectedRow> RejectedRows { get; init; } = [];

    /// <summary>Every ID written on a data row, accepted or rejected.</summary>
    public IEnumerable<string> AllIds => Submissions.Select(s => s.Id).Concat(RejectedRows.Select(r => r.Id).OfType<string>());

    /// <summary>
    /// Accepted rows that a read asked to keep only some of validated and counted but left out of
    /// <see cref="Submissions"/>; 0 for a full read.
    /// </summary>
    public int AcceptedNotKept { get; init; }

    /// <summary>Every accepted row, kept or not.</summary>
    public int Accepted => Submissions.Count + AcceptedNotKept;

    /// <summary>
    /// Findings found beyond the first <see cref="WorkbookLimits.MaxFindingsPerCode"/> of their code: counted here, not
    /// kept in <see cref="Findings"/>. <see cref="ErrorCount"/> and <see cref="WarningCount"/> include them.
    /// </summary>
    public IReadOnlyList<OmittedFindings> OmittedFindings { get; init; } = [];

    /// <summary>Data rows beyond <see cref="WorkbookLimits"/>, counted but not checked (a finding says so); not in <see cref="RowsRead"/>.</summary>
    public int RowsNotRead { get; init; }

    /// <summary>Data rows that no document can use: rejected by the check, or beyond the limits and not checked.</summary>
    public int LeftOut => Rejected + RowsNotRead;

    public int ErrorCount => Findings.Count(f => f.Severity == FindingSeverity.Error) + OmittedFindings.Where(o => o.Severity == FindingSeverity.Error).Sum(o => o.Count);

    public int WarningCount => Findings.Count(f => f.Severity == FindingSeverity.Warning) + OmittedFindings.Where(o => o.Severity == FindingSeverity.Warning).Sum(o => o.Count);

    public bool HasErrors => ErrorCount > 0;
}
