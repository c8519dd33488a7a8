using DoiThoai.Reports.Schools;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>
/// The school year as an RFC 5545 calendar that Outlook and Google Calendar import: each session, each
/// deadline and each notice as an event in the school's time zone. UIDs are derived from the session id
/// and the school's abbreviation, so importing a corrected calendar updates events instead of duplicating them.
/// </summary>
public static class CalendarIcs
{
    private static readonly NodaTime.Duration SessionLength = NodaTime.Duration.FromHours(2);

    public static string Write(SchoolCalendar calendar, SchoolProfile profile)
    {
        var zoneId = profile.TimeZone.Id;
        var ics = new Calendar { ProductId = "-//DoiThoai//Lich doi thoai hoc sinh//VI" };
        ics.AddTimeZone(TimeZoneFor(calendar, zoneId));
        var domain = profile.Abbreviation.ToLowerInvariant();

        foreach (var s in calendar.Sessions)
        {
            var cohort = profile.For(s.Cohort);
            var kind = s.Kind == SessionKind.Extra ? "đột xuất" : VietnameseDates.Month(s.Month);
            var description = string.Join("\n", new[] { $"Thành phần: {cohort.Attendees}.", s.Reason is null ? null : $"Lý do: {s.Reason}." }
                .Concat(s.Warnings.Select(w => $"Lưu ý: {w.Message} Đề xuất: {w.Suggestion}"))
                .Where(line => line is not null));
            ics.Events.Add(new CalendarEvent
            {
                Uid = $"{s.Id}@{domain}.doithoai",
                Summary = $"Đối thoại với {cohort.Name.ToLowerInvariant()} ({kind})",
                Location = profile.Venue,
                Description = description,
                DtStart = At(s.Start, zoneId),
                DtEnd = At(s.Start.Plus(SessionLength), zoneId),
            });
            ics.Events.Add(new CalendarEvent
            {
                Uid = $"{s.Id}-deadline@{domain}.doithoai",
                Summary = $"Hạn GVCN gửi ý kiến học sinh — buổi {cohort.Name.ToLowerInvariant()} ({kind})",
                Description = profile.SubmissionEmail is { } mail ? $"Gửi bản mềm tới {mail}." : null,
                DtStart = At(s.Deadline, zoneId),
                DtEnd = At(s.Deadline, zoneId),
            });
            if (s.Notice is { } notice)
            {
                ics.Events.Add(new CalendarEvent
                {
                    Uid = $"{s.Id}-notice@{domain}.doithoai",
                    Summary = $"Thông báo lịch đối thoại {VietnameseDates.DayDateTime(s.Start.LocalDateTime)}",
                    DtStart = new CalDateTime(new DateOnly(notice.Year, notice.Month, notice.Day)),
                    DtEnd = new CalDateTime(new DateOnly(notice.Year, notice.Month, notice.Day).AddDays(1)),
                });
            }
        }

        return new CalendarSerializer().SerializeToString(ics) ?? "";
    }

    /// <summary>
    /// The VTIMEZONE, built from NodaTime's zone intervals from before the year's first event: by default Ical.Net
    /// describes only the rules since the start of the current year, so a past school year in a zone whose daylight
    /// saving rules changed since (Mexico City, 2022) got observances that begin after its events.
    /// </summary>
    private static VTimeZone TimeZoneFor(SchoolCalendar calendar, string zoneId)
    {
        var first = calendar.Sessions
            .SelectMany(s => new[] { s.Start.LocalDateTime, s.Deadline.LocalDateTime, s.Notice?.AtMidnight() ?? s.Start.LocalDateTime })
            .DefaultIfEmpty(LocalDateTime.FromDateTime(DateTime.Today))
            .Min();
        return VTimeZone.FromDateTimeZone(zoneId, first.ToDateTimeUnspecified(), includeHistoricalData: true);
    }

    private static CalDateTime At(ZonedDateTime value, string zoneId)
    {
        var local = value.LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zoneId);
    }
}
