using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions.Validation;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Checks a submission the product is about to write (a question raised on the spot) with the very rules a
/// teacher's row is read by: it is laid out as the template writes it and parsed by the one row parser, so a row
/// written is a row the next check accepts.
/// </summary>
public static class SubmissionCheck
{
    /// <summary>The findings the sheet reader would report for <paramref name="candidate"/> on row <paramref name="rowNumber"/>.</summary>
    public static IReadOnlyList<Finding> Findings(Submission candidate, SchoolProfile profile, SchoolCalendar calendar, int rowNumber = 2)
    {
        var cells = new List<SheetCell>();
        foreach (var column in Enum.GetValues<SubmissionColumn>())
        {
            var value = SubmissionCellValue.For(candidate, column);
            var index = ColumnMap.Template.IndexOf(column);
            if (value.Serial is { } serial)
            {
                cells.Add(new SheetCell(index, SheetCellKind.Number, null, serial, IsDateFormatted: true));
            }
            else if (!string.IsNullOrEmpty(value.Text))
            {
                cells.Add(new SheetCell(index, SheetCellKind.Text, value.Text));
            }
        }

        var findings = new List<Finding>();
        var parser = new SubmissionRowParser(WorkbookLayout.SubmissionsSheet, ColumnMap.Template, profile, calendar);
        parser.Parse(new SheetRow(rowNumber, cells.OrderBy(c => c.Column).ToList()), UntrustedText.Clean(candidate.Id), findings);
        return findings;
    }
}
