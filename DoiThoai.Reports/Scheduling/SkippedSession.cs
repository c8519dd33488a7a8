using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Scheduling;

/// <summary>A regular session that the school's profile chose to leave out (policy <c>Skip</c>), and why.</summary>
public sealed record SkippedSession(string Id, Cohort Cohort, YearMonth Month, IReadOnlyList<CalendarWarning> Warnings);
