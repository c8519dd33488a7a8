namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// One row of the minutes' table of questions raised on the spot, as typed (cells may be empty or still show a
/// placeholder). Immutable.
/// </summary>
/// <param name="ClassOrRoom">The class or room column.</param>
/// <param name="Content">The question column; a row without one is not a question.</param>
/// <param name="Answer">The answer column.</param>
public sealed record MinutesTableRow(string? ClassOrRoom, string? Content, string? Answer);
