using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Workspace;
using NodaTime.Text;

namespace DoiThoai.Addin.Contracts;

/// <summary>One session of the year as <c>GET /api/sessions</c> lists it (docs/api.md).</summary>
public sealed record SessionResponse(
    string Id,
    string Cohort,
    string CohortName,
    string Kind,
    string Month,
    string Title,
    string Start,
    string StartText,
    string Deadline,
    string DeadlineText,
    IReadOnlyList<WarningResponse> Warnings,
    SessionCountsResponse Counts)
{
    public static SessionResponse From(SessionOverview overview, SchoolProfile profile)
    {
        var session = overview.Session;
        var deadline = session.Deadline.LocalDateTime;
        return new SessionResponse(
            session.Id,
            session.Cohort.ToString(),
            profile.For(session.Cohort).Name,
            session.Kind.ToString(),
            YearMonthPattern.Iso.Format(session.Month),
            SessionsOverview.Title(profile, session),
            CalendarJson.Iso(session.Start),
            VietnameseDates.DayDateTime(session.Start.LocalDateTime),
            CalendarJson.Iso(session.Deadline),
            $"{VietnameseDates.Time(deadline.TimeOfDay)} {VietnameseDates.DayAndDate(deadline.Date)}",
            [.. session.Warnings.Select(WarningResponse.From)],
            new SessionCountsResponse(overview.Submissions, overview.Late, overview.Answered));
    }
}
