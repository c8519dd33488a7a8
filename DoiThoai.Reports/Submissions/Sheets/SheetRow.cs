namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>A non-empty worksheet row as read from a source.</summary>
/// <param name="RowNumber">One-based row number as Excel shows it (for cell addresses like <c>KienNghi!E12</c>).</param>
/// <param name="Cells">The row's cells that hold something, in column order.</param>
/// <param name="IsHidden">The row is hidden in the sheet (still read: hiding is not deleting).</param>
public sealed record SheetRow(int RowNumber, IReadOnlyList<SheetCell> Cells, bool IsHidden = false);
