namespace DoiThoai.Reports.Scheduling.Graph;

/// <summary>The Vietnamese wording of the Outlook calendar sync, in one place.</summary>
internal static class CalendarSyncMessages
{
    public const string Task = "ghi lịch đối thoại vào lịch Outlook";

    public const string Permission = "Calendars.ReadWrite";

    public static string Summary(int created, int updated, int unchanged, int removed) =>
        $"Đã tạo {created}, cập nhật {updated}, giữ nguyên {unchanged}, xoá {removed} sự kiện trong lịch Outlook.";

    public static string Partial(int written, int left, string reason) =>
        $"Mới ghi được {written} sự kiện vào lịch Outlook, còn {left} sự kiện chưa ghi. {reason} Chạy lại để ghi nốt: việc chạy lại không tạo sự kiện trùng.";
}
