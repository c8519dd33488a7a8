namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>What kind of value a worksheet cell holds, whatever the source (local .xlsx or Microsoft Graph).</summary>
public enum SheetCellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    /// <summary>An error value such as <c>#N/A</c>; <see cref="SheetCell.Text"/> holds it.</summary>
    Error,

    /// <summary>
    /// Something is there but cannot be read (a number that is not one, an unknown cell type, a shared string that
    /// does not exist): never taken for empty. <see cref="SheetCell.Text"/> says what was found, in Vietnamese.
    /// </summary>
    Unreadable,
}

/// <summary>
/// One cell as read from a source, before any interpretation: the single input of the row parser,
/// so that a local file and Graph go through one parser.
/// </summary>
/// <param name="Column">Zero-based column index.</param>
/// <param name="Kind">Value kind.</param>
/// <param name="Text">The text for <see cref="SheetCellKind.Text"/> and <see cref="SheetCellKind.Error"/> cells; the displayed text otherwise when known.</param>
/// <param name="Number">The value of a number cell (dates are Excel serials).</param>
/// <param name="IsDateFormatted">The cell's number format shows a date (so a number is a date serial).</param>
/// <param name="OriginalLength">
/// For a text longer than <see cref="WorkbookLimits.MaxCellText"/>: the length it had; a source keeps only its first
/// <see cref="WorkbookLimits.MaxCellText"/> + 1 characters (so a 1.5 GB cell never becomes a string). 0 otherwise.
/// </param>
public readonly record struct SheetCell(int Column, SheetCellKind Kind, string? Text, double Number = 0, bool IsDateFormatted = false, long OriginalLength = 0)
{
    /// <summary>How long the text is as written in the sheet (before any cut).</summary>
    public long TextLength => Math.Max(OriginalLength, Text?.Length ?? 0);
}
