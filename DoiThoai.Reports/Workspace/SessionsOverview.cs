using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workspace;

/// <summary>The school year at a glance: every session with its counts, the next one, and the rows the check left out. Immutable.</summary>
/// <param name="Sessions">Every session of the calendar, in start order.</param>
/// <param name="Next">The next session by the clock (the last one after the year), or null when the calendar is empty.</param>
/// <param name="RejectedRows">Rows of the workbook left out because the check rejected them.</param>
public sealed record SessionsOverview(IReadOnlyList<SessionOverview> Sessions, Session? Next, int RejectedRows)
{
    /// <summary>Counts every session's submissions in one pass over the rows. Pure.</summary>
    public static SessionsOverview Of(SchoolCalendar calendar, WorkbookReadResult workbook, Session? next)
    {
        // Sessions of one cohort and month share their rows (an extra session sees the regular one's), so group once.
        var byCohortAndMonth = workbook.Submissions.ToLookup(s => (s.Cohort, s.SessionMonth));
        var sessions = calendar.Sessions
            .Select(session =>
            {
                var own = byCohortAndMonth[(session.Cohort, session.Month)];
                var count = 0;
                var late = 0;
                var answered = 0;
                foreach (var submission in own)
                {
                    count++;
                    late += SessionSubmissions.IsLate(submission, session) ? 1 : 0;
                    answered += submission.Status == SubmissionStatus.New ? 0 : 1;
                }

                return new SessionOverview(session, count, late, answered);
            })
            .ToList();
        return new SessionsOverview(sessions, next, workbook.LeftOut);
    }

    /// <summary>The wording of a session for lists and titles: <c>Buổi đối thoại học sinh khác, tháng 10/2022</c>.</summary>
    public static string Title(SchoolProfile profile, Session session)
    {
        var who = profile.For(session.Cohort).Name.ToLowerInvariant();
        return session.Kind == SessionKind.Extra
            ? $"Buổi đối thoại đột xuất {who}, ngày {VietnameseDates.Date(session.Start.Date)}"
            : $"Buổi đối thoại {who}, {VietnameseDates.Month(session.Month)}";
    }
}
