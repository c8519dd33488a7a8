namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>A data row the check rejected, as written: enough to say why an answer cannot go there and to keep new rows from repeating it.</summary>
/// <param name="RowNumber">One-based row number.</param>
/// <param name="Id">The ID cell's text, or null when empty.</param>
/// <param name="Content">The content cell's text, or null when empty.</param>
/// <param name="FirstError">
/// The row's first error, kept even when the findings of its code were too many to list
/// (<see cref="WorkbookLimits.MaxFindingsPerCode"/>), so every rejected row can still say why.
/// </param>
public sealed record RejectedRow(int RowNumber, string? Id, string? Content, Validation.Finding? FirstError = null);
