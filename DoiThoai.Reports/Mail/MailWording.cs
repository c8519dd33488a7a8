using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Mail;

/// <summary>Every Vietnamese sentence of the mails DoiThoai drafts, in one place so a teacher can review the wording.</summary>
internal static class MailWording
{
    public static string ReportSubject(SchoolProfile profile, YearMonth month) =>
        $"Báo cáo kết quả tiếp xúc, đối thoại với học sinh {VietnameseDates.Month(month)} - {profile.IssuingBody}";

    public static string Addressed(string addressee) => $"Kính gửi: {addressee}.";

    public static string ReportSent(SchoolProfile profile, YearMonth month, string fileName) =>
        $"{profile.IssuingBody} trân trọng gửi Báo cáo kết quả tổ chức tiếp xúc, đối thoại với học sinh {VietnameseDates.Month(month)} " +
        $"(tệp đính kèm: {fileName}).";

    public const string ReportAsk = "Kính đề nghị Quý cơ quan xem xét, chỉ đạo.";

    public const string Regards = "Trân trọng.";

    /// <summary>The chair's name and position, or the school alone when the profile names no chair.</summary>
    public static string Signature(SchoolProfile profile) =>
        profile.PersonIn(PersonRole.Chair) is { } chair
            ? $"{chair.Name}\n{chair.Title} {profile.IssuingBody}"
            : profile.IssuingBody;

    public const string NoReportAddress =
        "Hồ sơ trường chưa có địa chỉ thư nhận báo cáo (report.mailTo): hãy điền người nhận trong thư nháp trước khi gửi.";

    public static string ReminderSubject(Session session) =>
        $"Nhắc gửi ý kiến, kiến nghị của học sinh trước buổi đối thoại {VietnameseDates.DayDateTime(session.Start.LocalDateTime)}";

    public static string ReminderAddressed(Cohort cohort, IReadOnlyList<string> places) => cohort == Cohort.SemiBoarding
        ? $"Kính gửi: Ban quản lý học sinh bán trú (phụ trách {Places(cohort, places)})."
        : $"Kính gửi: Các thầy cô giáo chủ nhiệm {Places(cohort, places)}.";

    public static string ReminderNothingYet(SchoolProfile profile, Session session, IReadOnlyList<string> places)
    {
        var cohort = profile.For(session.Cohort).Name.ToLowerInvariant();
        var kind = session.Kind == SessionKind.Extra ? "(đột xuất)" : VietnameseDates.Month(session.Month);
        var start = session.Start.LocalDateTime;
        return $"Đến nay nhà trường chưa nhận được ý kiến, kiến nghị của học sinh {Places(session.Cohort, places)} cho buổi tiếp xúc, " +
            $"đối thoại với {cohort} {kind}, lúc {VietnameseDates.FormalTime(start.TimeOfDay)}, {VietnameseDates.DayAndDate(start.Date)}, tại {profile.Venue}.";
    }

    public static string ReminderAsk(SchoolProfile profile, Session session)
    {
        var deadline = session.Deadline.LocalDateTime;
        var where = profile.SubmissionEmail is { } mail ? $" (bản mềm gửi tới {mail}, hoặc nhập vào sổ tổng hợp chung)" : " (nhập vào sổ tổng hợp chung)";
        var who = session.Cohort == Cohort.SemiBoarding ? "Phòng" : "Lớp";
        return $"Đề nghị thầy cô tổng hợp, duyệt và gửi ý kiến, kiến nghị của học sinh trước {VietnameseDates.FormalTime(deadline.TimeOfDay)}, " +
            $"{VietnameseDates.DayAndDate(deadline.Date)}{where}. {who} không có ý kiến xin báo lại để nhà trường nắm được.";
    }

    public static string NoAddressFor(Cohort cohort, IReadOnlyList<string> places) => cohort == Cohort.SemiBoarding
        ? $"Chưa có địa chỉ thư của người phụ trách {Places(cohort, places)} (hồ sơ trường, boardingBoard): hãy nhắc trực tiếp hoặc thêm địa chỉ vào hồ sơ."
        : $"Chưa có địa chỉ thư của GVCN {Places(cohort, places)} (hồ sơ trường, homeroomTeachers): hãy nhắc trực tiếp hoặc thêm địa chỉ vào hồ sơ.";

    public static string NothingToRemind(Session session) =>
        $"Mọi lớp, phòng đều đã gửi ý kiến cho buổi đối thoại {VietnameseDates.DayDateTime(session.Start.LocalDateTime)}; không cần nhắc.";

    /// <summary><c>lớp 10A1, 10A3</c> / <c>Phòng 1, Phòng 3</c> (rooms carry their word already).</summary>
    private static string Places(Cohort cohort, IReadOnlyList<string> places) =>
        cohort == Cohort.SemiBoarding ? string.Join(", ", places) : "lớp " + string.Join(", ", places);
}
