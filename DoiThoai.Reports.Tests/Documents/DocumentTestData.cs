using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents;

/// <summary>The school of the plan, its calendar and a small, known set of submissions for October 2022.</summary>
internal static class DocumentTestData
{
    public static readonly SchoolProfile Profile = SchoolProfileLoader.LoadDefault();
    public static readonly SchoolCalendar Calendar = SessionCalendar.Build(Profile);
    public static readonly YearMonth October = new(2022, 10);
    public static Session DaySession => Calendar.Find("2022-10-day")!;
    public static Session BoardingSession => Calendar.Find("2022-10-semi-boarding")!;

    /// <summary>A name that must never appear in any document: it belongs to an anonymous student.</summary>
    public const string SecretName = "Hoàng Thị Bí Mật Zyx";

    public static Submission Make(string id, string classOrRoom, string topic, string content,
        Cohort cohort = Cohort.Day, SubmissionStatus status = SubmissionStatus.New, string? answer = null,
        LocalDate? receivedOn = null, LocalTime? receivedAt = null, string? student = null, bool anonymous = false, YearMonth? month = null) => new()
        {
            Id = id,
            ReceivedOn = receivedOn ?? new LocalDate(2022, 10, 20),
            ReceivedAt = receivedAt,
            Cohort = cohort,
            ClassOrRoom = classOrRoom,
            Topic = topic,
            Content = content,
            StudentName = student,
            IsAnonymous = anonymous,
            Channel = SubmissionChannel.Email,
            SessionMonth = month ?? October,
            Status = status,
            Answer = answer,
        };

    public static IReadOnlyList<Submission> October2022() =>
    [
        Make("2022-10-001", "10A1", "Cơ sở vật chất", "Đề nghị sửa quạt trần phòng học lớp 10A1 bị hỏng", student: "Lò Văn Minh"),
        Make("2022-10-002", "10A2", "Cơ sở vật chất", "Đề nghị nhà trường sửa quạt trần phòng học bị hỏng", student: SecretName, anonymous: true),
        Make("2022-10-003", "11A3", "Các khoản thu", "Em muốn hỏi về khoản thu quỹ lớp đầu năm", status: SubmissionStatus.Answered, answer: "Quỹ lớp do phụ huynh thỏa thuận."),
        Make("2022-10-004", "12A1", "Hướng nghiệp, phân luồng học sinh", "Xin tư vấn chọn tổ hợp thi tốt nghiệp", status: SubmissionStatus.Forwarded, answer: "Đã chuyển Sở hướng dẫn."),
        Make("2022-10-005", "12A2", "Dạy thêm, học thêm", "Lịch ôn thi buổi chiều trùng giờ lao động", receivedOn: new LocalDate(2022, 10, 27), receivedAt: new LocalTime(16, 30)),
        Make("2022-10-006", "Phòng 3", "Nền nếp bán trú", "Phòng 3 xin thêm giờ tự học buổi tối", cohort: Cohort.SemiBoarding, status: SubmissionStatus.Resolved, answer: "Đồng ý thêm 30 phút."),
        Make("2022-10-007", "Phòng 5", "An ninh, an toàn trường học", "Đèn hành lang khu bán trú bị hỏng", cohort: Cohort.SemiBoarding, anonymous: true, student: SecretName),
        Make("2022-09-001", "10A1", "Khác", "Ý kiến tháng trước", month: new YearMonth(2022, 9), receivedOn: new LocalDate(2022, 9, 20)),
    ];

    /// <summary>Every error OpenXmlValidator (Office 2019) finds in the package.</summary>
    public static IReadOnlyList<string> Validate(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    public static byte[] Layout(OfficialDocument document)
    {
        using var stream = new MemoryStream();
        OfficialLayout.Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>All XML of every part of the package, for searching texts.</summary>
    public static string AllXml(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var archive = new System.IO.Compression.ZipArchive(stream);
        var builder = new System.Text.StringBuilder();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            builder.Append(reader.ReadToEnd());
        }

        return builder.ToString();
    }
}
