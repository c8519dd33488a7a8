using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary><c>GET /api/calendar.ics</c>: the year's sessions, deadlines and notices for Outlook or Google Calendar (RFC 5545).</summary>
public static class CalendarApi
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/calendar.ics", Calendar).RequireAuthorization(Policies.Principal);
        return routes;
    }

    public static FileContentHttpResult Calendar(SchoolWorkspace workspace)
    {
        var ics = CalendarIcs.Write(workspace.Calendar, workspace.Profile);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), ContentType, $"lich-doi-thoai-{workspace.Profile.SchoolYear.Label}.ics");
    }
}
