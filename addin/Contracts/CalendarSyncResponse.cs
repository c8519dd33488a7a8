using DoiThoai.Reports.Scheduling.Graph;

namespace DoiThoai.Addin.Contracts;

/// <summary><c>POST /api/calendar/outlook</c>: how many events the sync created, updated, left alone and removed, and that said in Vietnamese.</summary>
public sealed record CalendarSyncResponse(int Created, int Updated, int Unchanged, int Removed, string Message)
{
    public static CalendarSyncResponse From(CalendarSyncResult result) =>
        new(result.Created.Count, result.Updated.Count, result.Unchanged, result.Removed.Count, result.Summary);
}
