namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>A column of the submissions table: the header the template writes, other headers a school may have used, and whether a sheet must have it.</summary>
/// <param name="Column">Which column.</param>
/// <param name="Header">The Vietnamese header written by the template.</param>
/// <param name="Aliases">Other headers accepted for it (matched without case, spacing or diacritics).</param>
/// <param name="Required">A sheet without it cannot be read.</param>
/// <param name="Width">Column width in characters for the template.</param>
public sealed record ColumnDefinition(SubmissionColumn Column, string Header, IReadOnlyList<string> Aliases, bool Required, double Width);
