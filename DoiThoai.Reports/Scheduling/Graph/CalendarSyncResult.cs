namespace DoiThoai.Reports.Scheduling.Graph;

/// <summary>What one sync of the year's calendar into Outlook did, by entry UID.</summary>
/// <param name="Created">Entries that had no event yet.</param>
/// <param name="Updated">Entries whose event said something else (a moved session, another venue, new warnings).</param>
/// <param name="Unchanged">How many events already said what the calendar says.</param>
/// <param name="Removed">Events of this school year whose entry is no longer in the calendar (a session dropped or an extra one moved), and duplicates.</param>
public sealed record CalendarSyncResult(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, int Unchanged, IReadOnlyList<string> Removed)
{
    /// <summary>In Vietnamese, for the person: <c>Đã tạo 45, cập nhật 0, giữ nguyên 0, xoá 0 sự kiện trong lịch Outlook.</c></summary>
    public string Summary => CalendarSyncMessages.Summary(Created.Count, Updated.Count, Unchanged, Removed.Count);
}
