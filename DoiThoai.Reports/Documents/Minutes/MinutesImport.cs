using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.WriteBack;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// Turns a <see cref="MinutesReadBack"/> into workbook writes: answers and statuses by submission ID (the
/// handling drop-down's text maps exactly to a <see cref="SubmissionStatus"/> through
/// <see cref="SubmissionLabels"/>; an answer without a handling means "answered at the session"), and the
/// on-the-spot questions as new rows. Importing the same minutes twice adds no row twice.
/// </summary>
public static class MinutesImport
{
    /// <summary>Plans the writes; pure.</summary>
    /// <param name="readBack">What the minutes say.</param>
    /// <param name="session">The session they record.</param>
    /// <param name="known">Every submission now in the workbook.</param>
    /// <param name="profile">The school (who answers, the topic of on-the-spot questions).</param>
    public static MinutesImportPlan Plan(MinutesReadBack readBack, Session session, IReadOnlyList<Submission> known, SchoolProfile profile)
    {
        var byId = known.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        var statusByLabel = SubmissionLabels.Statuses.ToDictionary(s => s.Value, s => s.Key, StringComparer.OrdinalIgnoreCase);
        var answeredBy = profile.PersonIn(PersonRole.Chair)?.Name;
        var updates = new List<SubmissionUpdate>();
        var unknown = new List<string>();
        var empty = new List<string>();
        var problems = new List<string>(readBack.Problems);

        foreach (var entry in readBack.Entries)
        {
            if (!byId.TryGetValue(entry.Id, out var submission))
            {
                unknown.Add(entry.Id);
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
                    problems.Add($"Ý kiến {submission.Id}: không nhận ra cách xử lý '{handling}' (chọn một trong: {string.Join(", ", MinutesBuilder.HandlingChoices)}).");
                }
            }

            if (entry.Answer is null)
            {
                empty.Add(submission.Id);
                if (status is not null)
                {
                    updates.Add(new SubmissionUpdate(submission.Id, status));
                }

                continue;
            }

            updates.Add(new SubmissionUpdate(submission.Id, status ?? SubmissionStatus.Answered, entry.Answer, answeredBy));
        }

        var newRows = new List<Submission>();
        var next = NextNumber(known, session);
        var topic = profile.Topics.Contains("Khác") ? "Khác" : profile.Topics[^1];
        foreach (var question in readBack.OnTheSpot)
        {
            var already = known.Any(s => s.SessionMonth == session.Month && s.Cohort == session.Cohort
                && s.Channel == SubmissionChannel.Direct && string.Equals(s.Content, question.Content, StringComparison.Ordinal));
            if (already)
            {
                continue;
            }

            newRows.Add(new Submission
            {
                Id = $"{session.Month.Year:0000}-{session.Month.Month:00}-{next++:000}",
                ReceivedOn = session.Start.Date,
                ReceivedAt = session.Start.TimeOfDay,
                Cohort = session.Cohort,
                ClassOrRoom = question.ClassOrRoom ?? "Không rõ",
                Topic = topic,
                Content = question.Content,
                Channel = SubmissionChannel.Direct,
                EnteredBy = profile.PersonIn(PersonRole.Secretary)?.Name,
                SessionMonth = session.Month,
                Status = question.Answer is null ? SubmissionStatus.New : SubmissionStatus.Answered,
                Answer = question.Answer,
                AnsweredBy = question.Answer is null ? null : answeredBy,
            });
        }

        return new MinutesImportPlan(updates, newRows, unknown, empty, problems);
    }

    /// <summary>Writes the plan: updates first, then the new rows.</summary>
    public static async Task<(WriteBackResult Updated, WriteBackResult Appended)> ApplyAsync(MinutesImportPlan plan, IWorkbookWriter writer, CancellationToken cancellationToken = default)
    {
        var updated = plan.Updates.Count == 0 ? new WriteBackResult([], [], []) : await writer.UpdateAsync(plan.Updates, cancellationToken);
        var appended = plan.NewRows.Count == 0 ? new WriteBackResult([], [], []) : await writer.AppendAsync(plan.NewRows, cancellationToken);
        return (updated, appended);
    }

    /// <summary>One past the highest <c>yyyy-MM-nnn</c> number of the session's month.</summary>
    private static int NextNumber(IReadOnlyList<Submission> known, Session session)
    {
        var prefix = $"{session.Month.Year:0000}-{session.Month.Month:00}-";
        var max = 0;
        foreach (var submission in known)
        {
            if (submission.Id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(submission.Id.AsSpan(prefix.Length), out var n))
            {
                max = Math.Max(max, n);
            }
        }

        return max + 1;
    }
}
