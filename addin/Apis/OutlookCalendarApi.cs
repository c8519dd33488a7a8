using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Scheduling.Graph;
using DoiThoai.Reports.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// <c>POST /api/calendar/outlook</c>: the year's sessions, deadlines and notices into the user's Outlook calendar
/// through <see cref="OutlookCalendarSync"/> — idempotent: a second call creates nothing, a corrected calendar updates
/// the events. Microsoft 365 mode only (409 <c>NOT_AVAILABLE</c> otherwise).
/// </summary>
public static class OutlookCalendarApi
{
    public static IEndpointRouteBuilder MapOutlookCalendarApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/calendar");
        api.MapPost("/outlook", Sync).RequireAuthorization(Policies.Principal);
        return routes;
    }

    public static async Task<Ok<CalendarSyncResponse>> Sync(SchoolWorkspace workspace, IUserGraph userGraph, CancellationToken cancellationToken)
    {
        var graph = userGraph.ForCurrentUser();
        var result = await new OutlookCalendarSync(graph).SyncAsync(workspace.Calendar, workspace.Profile, cancellationToken);
        return TypedResults.Ok(CalendarSyncResponse.From(result));
    }
}
