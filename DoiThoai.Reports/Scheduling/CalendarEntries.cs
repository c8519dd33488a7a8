using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>
/// The entries of a school year's calendar: for each session the session (two hours at the venue), its submission
/// deadline and, for the cohort that needs a timetable change, the notice day. One list for every writer, so the .ics
/// file and the Outlook events say the same and share their UIDs. Pure: a function of the calendar and the profile.
/// </summary>
public static class CalendarEntries
{
    /// <summary>How long a session is shown to last (the plan gives a start only).</summary>
    public static readonly Period SessionLength = Period.FromHours(2);

    /// <summary>The entries, in session order (session, deadline, notice for each).</summary>
    public static IReadOnlyList<CalendarEntry> For(SchoolCalendar calendar, SchoolProfile profile)
    {
        var domain = UidDomain(profile);
        var entries = new List<CalendarEntry>(calendar.Sessions.Count * 3);
        foreach (var s in calendar.Sessions)
        {
            var cohort = profile.For(s.Cohort);
            var kind = s.Kind == SessionKind.Extra ? "đột xuất" : VietnameseDates.Month(s.Month);
            var cohortName = cohort.Name.ToLowerInvariant();
            var lines = new List<string> { $"Thành phần: {cohort.Attendees}." };
            if (s.Reason is not null)
            {
                lines.Add($"Lý do: {s.Reason}.");
            }

            lines.AddRange(s.Warnings.Select(w => $"Lưu ý: {w.Message} Đề xuất: {w.Suggestion}"));
            var start = s.Start.LocalDateTime;
            entries.Add(new CalendarEntry(
                $"{s.Id}@{domain}", CalendarEntryKind.Session, s.Id,
                $"Đối thoại với {cohortName} ({kind})",
                string.Join("\n", lines),
                profile.Venue,
                start,
                start.Plus(SessionLength),
                IsAllDay: false));

            var deadline = s.Deadline.LocalDateTime;
            entries.Add(new CalendarEntry(
                $"{s.Id}-deadline@{domain}", CalendarEntryKind.Deadline, s.Id,
                $"Hạn GVCN gửi ý kiến học sinh — buổi {cohortName} ({kind})",
                profile.SubmissionEmail is { } mail ? $"Gửi bản mềm tới {mail}." : null,
                Location: null,
                deadline,
                deadline,
                IsAllDay: false));

            if (s.Notice is { } notice)
            {
                entries.Add(new CalendarEntry(
                    $"{s.Id}-notice@{domain}", CalendarEntryKind.Notice, s.Id,
                    $"Thông báo lịch đối thoại {VietnameseDates.DayDateTime(start)}",
                    Description: null,
                    Location: null,
                    notice.AtMidnight(),
                    notice.PlusDays(1).AtMidnight(),
                    IsAllDay: true));
            }
        }

        return entries;
    }

    /// <summary>The part of every UID after <c>@</c>: <c>thpts2.bh.doithoai</c>.</summary>
    public static string UidDomain(SchoolProfile profile) => $"{profile.Abbreviation.ToLowerInvariant()}.doithoai";
}
