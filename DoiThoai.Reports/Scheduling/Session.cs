using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>
/// One dialogue session of one cohort, with its submission deadline and, for the cohort that needs a
/// timetable change, the day it must be announced.
/// </summary>
/// <param name="Id"><c>2022-10-day</c> / <c>2022-10-semi-boarding</c> for regular sessions; <c>2022-11-15-extra-day</c> for extra ones.</param>
/// <param name="Cohort">Whose session it is.</param>
/// <param name="Kind">Regular (định kỳ) or extra (đột xuất).</param>
/// <param name="Month">The teaching month it belongs to (a session moved to the 1st of the next month still belongs to its own).</param>
/// <param name="Start">When it starts, in the school's time zone.</param>
/// <param name="Deadline">When homeroom teachers must have sent the class's submissions.</param>
/// <param name="Notice">The day the timetable officer announces it, or null when no notice is needed.</param>
/// <param name="Reason">Why an extra session is held; null for regular ones.</param>
/// <param name="Warnings">Every collision of the plan's rules with the calendar, each with a proposed fix.</param>
public sealed record Session(
    string Id,
    Cohort Cohort,
    SessionKind Kind,
    YearMonth Month,
    ZonedDateTime Start,
    ZonedDateTime Deadline,
    LocalDate? Notice,
    string? Reason,
    IReadOnlyList<CalendarWarning> Warnings)
{
    /// <summary>
    /// The one lateness rule: received after <see cref="Deadline"/>. A receipt without a time on the deadline
    /// day counts as on time (the teacher may have sent it at 9:00).
    /// </summary>
    public bool IsLate(LocalDate receivedOn, LocalTime? receivedAt)
    {
        var deadline = Deadline.LocalDateTime;
        return receivedAt is { } at ? receivedOn + at > deadline : receivedOn > deadline.Date;
    }
}
