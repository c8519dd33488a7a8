namespace DoiThoai.Reports.Schools;

/// <summary>How long before a session the timetable officer announces it, and for which cohorts (the plan: a week, afternoon only).</summary>
public sealed record NoticeRule(int DaysBefore, IReadOnlySet<Cohort> Cohorts);
