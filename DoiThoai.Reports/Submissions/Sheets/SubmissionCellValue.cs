
namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// What a submission puts in one column of the sheet: text (always stored as a string, never a formula) or a
/// date serial. One mapping for the template and for appended rows, so both write what the reader reads.
/// </summary>
internal readonly record struct SubmissionCellValue(string? Text, double? Serial = null, bool HasTime = false)
{
    public static SubmissionCellValue For(Submission submission, SubmissionColumn column) => column switch
    {
        SubmissionColumn.Id => new(submission.Id),
        SubmissionColumn.ReceivedOn => submission.ReceivedAt is { } time
            ? new(null, ExcelDates.ToSerial(submission.ReceivedOn + time), true)
            : new(null, ExcelDates.ToSerial(submission.ReceivedOn)),
        SubmissionColumn.Cohort => new(SubmissionLabels.Cohorts[submission.Cohort]),
        SubmissionColumn.ClassOrRoom => new(submission.ClassOrRoom),
        SubmissionColumn.Topic => new(submission.Topic),
        SubmissionColumn.Content => new(submission.Content),
        SubmissionColumn.StudentName => new(submission.IsAnonymous ? null : submission.StudentName),
        SubmissionColumn.Anonymous => new(submission.IsAnonymous ? SubmissionLabels.Yes : SubmissionLabels.No),
        SubmissionColumn.Channel => new(SubmissionLabels.Channels[submission.Channel]),
        SubmissionColumn.EnteredBy => new(submission.EnteredBy),
        SubmissionColumn.SessionMonth => new($"{submission.SessionMonth.Month:00}/{submission.SessionMonth.Year:0000}"),
        SubmissionColumn.Status => new(SubmissionLabels.Statuses[submission.Status]),
        SubmissionColumn.Answer => new(submission.Answer),
        SubmissionColumn.AnsweredBy => new(submission.AnsweredBy),
        _ => new(null),
    };
}
