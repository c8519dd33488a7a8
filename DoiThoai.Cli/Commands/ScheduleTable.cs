using System.Text;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;

namespace DoiThoai.Cli.Commands;

/// <summary>The schedule for people: one block per session, warnings under their session, in Vietnamese.</summary>
internal static class ScheduleTable
{
    public static string Write(SchoolCalendar calendar, SchoolProfile profile)
    {
        var text = new StringBuilder();
        text.AppendLine($"LỊCH ĐỐI THOẠI VỚI HỌC SINH — {profile.IssuingBody.ToUpperInvariant()} — NĂM HỌC {calendar.SchoolYear}");
        text.AppendLine($"Địa điểm: {profile.Venue}");
        text.AppendLine();
        text.AppendLine($"{"Mã buổi",-24} {"Buổi",-18} {"Bắt đầu",-26} {"Hạn gửi ý kiến",-26} Thông báo");
        text.AppendLine(new string('-', 112));
        foreach (var s in calendar.Sessions)
        {
            var cohort = profile.For(s.Cohort).Name + (s.Kind == SessionKind.Extra ? " (đột xuất)" : "");
            var notice = s.Notice is { } n ? VietnameseDates.DayAndDate(n) : "—";
            text.AppendLine($"{s.Id,-24} {cohort,-18} {VietnameseDates.DayDateTime(s.Start.LocalDateTime),-26} {VietnameseDates.DayDateTime(s.Deadline.LocalDateTime),-26} {notice}");
            if (s.Reason is not null)
            {
                text.AppendLine($"    Lý do: {s.Reason}");
            }

            foreach (var w in s.Warnings)
            {
                text.AppendLine($"    ⚠ [{w.Code}] {w.Message}");
                text.AppendLine($"      → Đề xuất: {w.Suggestion}");
            }
        }

        foreach (var s in calendar.Skipped)
        {
            text.AppendLine($"{s.Id,-24} {profile.For(s.Cohort).Name,-18} KHÔNG TỔ CHỨC");
            foreach (var w in s.Warnings)
            {
                text.AppendLine($"    ⚠ [{w.Code}] {w.Message}");
                text.AppendLine($"      → Đề xuất: {w.Suggestion}");
            }
        }

        var warnings = calendar.Warnings.Count() + calendar.Skipped.Sum(s => s.Warnings.Count);
        text.AppendLine();
        text.AppendLine($"Tổng: {calendar.Sessions.Count} buổi, {warnings} điểm cần lưu ý.");
        return text.ToString();
    }
}
