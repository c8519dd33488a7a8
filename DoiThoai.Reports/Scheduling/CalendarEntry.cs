using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>
/// One entry of the year's calendar as every calendar writer shows it (the .ics file, Outlook through Graph), with
/// times local to the school's time zone (<see cref="Schools.SchoolProfile.TimeZone"/>). Immutable.
/// </summary>
/// <param name="Uid">Stable across corrections: <c>{sessionId}@{abbreviation}.doithoai</c>, with <c>-deadline</c> or <c>-notice</c> after the session id.</param>
/// <param name="Kind">Session, deadline or notice.</param>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="Summary">The title, in Vietnamese.</param>
/// <param name="Description">Plain text, lines separated by <c>\n</c>; null when there is nothing to say.</param>
/// <param name="Location">Where, or null.</param>
/// <param name="Start">Start, local; midnight of the day for an all-day entry.</param>
/// <param name="End">End, local; midnight of the next day for an all-day entry; equal to <see cref="Start"/> for a deadline.</param>
/// <param name="IsAllDay">True for notices: a day, not a time.</param>
public sealed record CalendarEntry(
    string Uid,
    CalendarEntryKind Kind,
    string SessionId,
    string Summary,
    string? Description,
    string? Location,
    LocalDateTime Start,
    LocalDateTime End,
    bool IsAllDay);
