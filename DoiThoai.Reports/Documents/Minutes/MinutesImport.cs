using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.Validation;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// Turns a <see cref="MinutesReadBack"/> into the writes of one transaction, planned from the workbook as it is
/// inside that transaction: answers and statuses of the session's own submissions (the handling drop-down's text
/// maps exactly to a <see cref="SubmissionStatus"/> through <see cref="SubmissionLabels"/>; an answer without a
/// handling means "answered at the session"), and the on-the-spot questions as new rows that pass the same check
/// as the teachers' rows. Importing the same minutes twice adds no row twice. Pure.
/// </summary>
public static class MinutesImport
{
    /// <summary>What the on-the-spot questions' topic is when the profile has a topic of that name (else its last topic).</summary>
    public const string OtherTopic = "Khác";

    /// <summary>Plans the writes.</summary>
    /// <param name="readBack">What the minutes say.</param>
    /// <param name="session">The session they record.</param>
    /// <param name="workbook">The workbook as read now (accepted rows, rejected rows, findings).</param>
    /// <param name="profile">The school (who answers, classes, topics).</param>
    /// <param name="calendar">The year's sessions, for checking new rows.</param>
    public static MinutesImportPlan Plan(MinutesReadBack readBack, Session session, WorkbookReadResult workbook, SchoolProfile profile, SchoolCalendar calendar)
    {
        var byId = workbook.Submissions.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        var rejectedById = new Dictionary<string, RejectedRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in workbook.RejectedRows)
        {
            if (row.Id is { } id)
            {
                rejectedById.TryAdd(id, row);
            }
        }

        var statusByLabel = SubmissionLabels.Statuses.ToDictionary(s => s.Value, s => s.Key, StringComparer.OrdinalIgnoreCase);
        var answeredBy = profile.PersonIn(PersonRole.Chair)?.Name;
        var updates = new List<SubmissionUpdate>();
        var unchanged = new List<string>();
        var refused = new List<RefusedEntry>();
        var empty = new List<string>();
        var problems = new List<string>(readBack.Problems);

        foreach (var entry in readBack.Entries)
        {
            if (!byId.TryGetValue(entry.Id, out var submission))
            {
                refused.Add(new RefusedEntry(entry.Id, rejectedById.TryGetValue(entry.Id, out var rejected)
                    ? MinutesImportMessages.RowRejected(entry.Id, rejected.RowNumber, ErrorsOf(workbook, rejected))
                    : MinutesImportMessages.NotInWorkbook(entry.Id)));
                continue;
            }

            if (submission.Cohort != session.Cohort || submission.SessionMonth != session.Month)
            {
                refused.Add(new RefusedEntry(submission.Id, MinutesImportMessages.OtherSession(submission.Id, OwnSession(calendar, submission), session.Id)));
                continue;
            }

            SubmissionStatus? status = null;
            if (entry.Handling is { } handling)
            {
                if (statusByLabel.TryGetValue(handling, out var mapped))
                {
                    status = mapped;
                }
                else
                {
                    problems.Add(MinutesImportMessages.UnknownHandling(submission.Id, handling, MinutesBuilder.HandlingChoices));
                }
            }

            if (entry.Answer is null)
            {
                empty.Add(submission.Id);
                if (status is not null)
                {
                    // The docs promise a handling is written with its answer, never alone.
                    problems.Add(MinutesImportMessages.HandlingWithoutAnswer(submission.Id, entry.Handling!));
                }

                continue;
            }

            var update = new SubmissionUpdate(submission.Id, status ?? SubmissionStatus.Answered, entry.Answer, answeredBy);
            if (AlreadyHolds(submission, update))
            {
                unchanged.Add(submission.Id);
            }
            else
            {
                updates.Add(update);
            }
        }

        var newRows = NewRows(readBack, session, workbook, profile, calendar, answeredBy, problems);
        return new MinutesImportPlan(updates, newRows, unchanged, refused, empty, problems);
    }

    private static List<Submission> NewRows(MinutesReadBack readBack, Session session, WorkbookReadResult workbook, SchoolProfile profile, SchoolCalendar calendar, string? answeredBy, List<string> problems)
    {
        var rows = new List<Submission>();
        if (readBack.OnTheSpot.Count == 0)
        {
            return rows;
        }

        var prefix = $"{session.Month.Year:0000}-{session.Month.Month:00}-";
        var taken = new HashSet<string>(workbook.AllIds, StringComparer.OrdinalIgnoreCase);
        var next = NextNumber(taken, prefix);

        // Every row of the sheet counts, rejected ones too: a question already written is never written again.
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in workbook.Submissions)
        {
            if (s.SessionMonth == session.Month && s.Cohort == session.Cohort)
            {
                written.Add(s.Content);
            }
        }

        foreach (var r in workbook.RejectedRows)
        {
            if (r.Content is { } content && (r.Id is null || r.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                written.Add(content);
            }
        }

        var topic = profile.Topics.FirstOrDefault(t => string.Equals(t, OtherTopic, StringComparison.OrdinalIgnoreCase)) ?? profile.Topics[^1];
        var number = 0;
        foreach (var question in readBack.OnTheSpot)
        {
            number++;
            var content = UntrustedText.Clean(question.Content);
            if (!written.Add(content))
            {
                continue;
            }

            while (taken.Contains($"{prefix}{next:000}"))
            {
                next++;
            }

            var answer = question.Answer is { } a && UntrustedText.Clean(a) is { Length: > 0 } cleaned ? cleaned : null;
            var candidate = new Submission
            {
                Id = $"{prefix}{next:000}",
                ReceivedOn = session.Start.Date,
                Cohort = session.Cohort,
                ClassOrRoom = question.ClassOrRoom is { } place ? UntrustedText.Clean(place) : "",
                Topic = topic,
                Content = content,
                Channel = SubmissionChannel.Direct,
                EnteredBy = profile.PersonIn(session.Cohort == Cohort.SemiBoarding ? PersonRole.BoardingMinuteTaker : PersonRole.Secretary)?.Name
                    ?? profile.PersonIn(PersonRole.Secretary)?.Name,
                SessionMonth = session.Month,
                Status = answer is null ? SubmissionStatus.New : SubmissionStatus.Answered,
                Answer = answer,
                AnsweredBy = answer is null ? null : answeredBy,
            };

            var errors = SubmissionCheck.Findings(candidate, profile, calendar).Where(f => f.Severity == FindingSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                written.Remove(content);
                problems.Add(MinutesImportMessages.QuestionNotWritten(number, content, errors.Select(e => e.Message)));
                continue;
            }

            taken.Add(candidate.Id);
            next++;
            rows.Add(candidate);
        }

        return rows;
    }

    private static bool AlreadyHolds(Submission submission, SubmissionUpdate update) =>
        (update.Status is null || update.Status == submission.Status)
        && (update.Answer is null || string.Equals(UntrustedText.Clean(update.Answer), submission.Answer ?? "", StringComparison.Ordinal))
        && (update.AnsweredBy is null || string.Equals(UntrustedText.Clean(update.AnsweredBy), submission.AnsweredBy ?? "", StringComparison.Ordinal));

    // The findings listed, else (past the first ones of each code, which are only counted) the row's first error.
    private static IEnumerable<string> ErrorsOf(WorkbookReadResult workbook, RejectedRow row) =>
        workbook.Findings.Where(f => f.RowNumber == row.RowNumber && f.Severity == FindingSeverity.Error).Select(f => $"{f.Cell}: {f.Message}")
            .DefaultIfEmpty(row.FirstError is { } first ? $"{first.Cell}: {first.Message}" : "")
            .Where(e => e.Length > 0);

    private static string OwnSession(SchoolCalendar calendar, Submission submission) =>
        calendar.Sessions.FirstOrDefault(s => s.Kind == SessionKind.Regular && s.Cohort == submission.Cohort && s.Month == submission.SessionMonth)?.Id
        ?? $"{submission.SessionMonth.Year:0000}-{submission.SessionMonth.Month:00}";

    /// <summary>One past the highest <c>yyyy-MM-nnn</c> number of the month among every ID of the sheet.</summary>
    private static int NextNumber(IEnumerable<string> ids, string prefix)
    {
        var max = 0;
        foreach (var id in ids)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && int.TryParse(id.AsSpan(prefix.Length), out var n))
            {
                max = Math.Max(max, n);
            }
        }

        return max + 1;
    }
}
