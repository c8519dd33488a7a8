using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions.Sheets;
using NodaTime;

namespace DoiThoai.Reports.Submissions;

/// <summary>
/// Invented, realistic submissions over a school year, for the sample workbook, demos and scale tests.
/// Deterministic for a seed. Every topic and both cohorts appear within the first
/// <c>2 × topics</c> rows; anonymous, handwritten, late, answered, forwarded and resolved rows recur at
/// fixed intervals, so any sample of a few dozen rows has the whole mix. All names are invented.
/// </summary>
public static class SampleSubmissions
{
    public const int DefaultSeed = 20_221_028;

    /// <summary>The size of the <c>--sample</c> workbook: enough for every month, cohort and topic.</summary>
    public const int SampleSize = 150;

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Giàng", "Sùng", "Vàng", "Lù", "Thào", "Hầu", "Lò", "Mã", "Triệu"];
    private static readonly string[] MiddleNames = ["Thị", "Văn", "Seo", "A", "Minh", "Thu", "Ngọc", "Đức"];
    private static readonly string[] GivenNames = ["Mai", "Hoa", "Dũng", "Tuấn", "Linh", "Chiến", "Páo", "Sử", "Chứ", "Dính", "Mỷ", "Pà", "Hương", "Long", "Thắng", "Vân", "Quang", "Lan"];

    private static readonly Dictionary<string, string[]> Contents = new(StringComparer.Ordinal)
    {
        ["dạy thêm"] = [
            "Em đề nghị nhà trường cho biết lịch ôn tập buổi chiều có bắt buộc không và có phải đóng tiền không.",
            "Lớp em muốn được học thêm môn Toán ở trường thay vì đi học ở ngoài xa nhà.",
            "Một số bạn phải đi học thêm buổi tối nên không kịp về phòng bán trú đúng giờ.",
        ],
        ["khoản thu"] = [
            "Em xin được giải thích rõ các khoản thu đầu năm và khoản nào là tự nguyện.",
            "Gia đình em khó khăn, em muốn hỏi có được giảm tiền ăn bán trú không.",
            "Đề nghị công khai khoản quỹ lớp và quỹ hội cha mẹ học sinh trên bảng tin.",
        ],
        ["tổ chức dạy học"] = [
            "Lớp em đề nghị có thêm tiết thực hành ở phòng thí nghiệm môn Hóa.",
            "Em mong nhà trường tổ chức thêm câu lạc bộ tiếng Anh vào cuối tuần.",
            "Thời khóa biểu có ngày học 5 tiết liền các môn khó, em đề nghị sắp xếp lại.",
        ],
        ["chế độ chính sách"] = [
            "Em là học sinh dân tộc thiểu số, em muốn hỏi khi nào nhận được tiền hỗ trợ học sinh bán trú.",
            "Em chưa nhận được gạo hỗ trợ học kỳ I, đề nghị nhà trường kiểm tra giúp.",
            "Em muốn biết điều kiện để được miễn học phí năm học này.",
        ],
        ["sĩ số"] = [
            "Một bạn trong lớp nghỉ học nhiều ngày để đi làm nương, lớp em mong thầy cô đến vận động.",
            "Em đề nghị nhà trường nhắn tin cho phụ huynh khi học sinh nghỉ học không phép.",
            "Đường từ bản em đến trường bị sạt lở mùa mưa, nhiều bạn không đến lớp được.",
        ],
        ["an ninh"] = [
            "Cổng sau của trường buổi tối không có đèn, học sinh bán trú đi lại thấy không an toàn.",
            "Có người lạ đứng trước cổng trường giờ tan học, em đề nghị nhà trường nhắc bảo vệ.",
            "Em đề nghị kiểm tra lại hệ thống điện trong phòng ở bán trú vì ổ cắm bị hở.",
        ],
        ["kĩ năng sống"] = [
            "Em mong nhà trường tổ chức buổi nói chuyện về phòng chống xâm hại và an toàn trên mạng.",
            "Lớp em muốn được học kỹ năng sơ cứu khi đi học đường xa.",
            "Em đề nghị có buổi tư vấn tâm lý cho học sinh lớp 12 trước kỳ thi.",
        ],
        ["hướng nghiệp"] = [
            "Em muốn được tư vấn chọn ngành học phù hợp với học sinh vùng cao.",
            "Lớp 12 mong được gặp các trường cao đẳng nghề để tìm hiểu tuyển sinh.",
            "Em muốn biết các tổ hợp môn ảnh hưởng thế nào đến việc xét tuyển đại học.",
        ],
        ["đạo đức nhà giáo"] = [
            "Em mong thầy cô nhẹ nhàng hơn khi nhắc nhở các bạn chưa làm bài tập.",
            "Em đề nghị thầy cô chấm và trả bài kiểm tra đúng hẹn để chúng em rút kinh nghiệm.",
        ],
        ["cơ sở vật chất"] = [
            "Nhà vệ sinh khu bán trú bị hỏng vòi nước, đề nghị sửa sớm.",
            "Quạt trần phòng học của lớp em bị hỏng từ đầu tháng.",
            "Em đề nghị lắp thêm bình nóng lạnh ở khu bán trú vì mùa đông rất lạnh.",
            "Thư viện ít sách tham khảo, em mong nhà trường bổ sung thêm.",
        ],
        ["vướng mắc trong học tập"] = [
            "Em học yếu môn Tiếng Anh, em mong được thầy cô phụ đạo thêm.",
            "Nhiều bạn chưa theo kịp chương trình Toán mới, đề nghị ôn lại kiến thức cơ bản.",
            "Em không có máy tính để học Tin học ở nhà, mong được dùng phòng máy buổi chiều.",
        ],
        ["nền nếp bán trú"] = [
            "Giờ tắt đèn ở khu bán trú quá sớm, em đề nghị lùi sang 22 giờ trong mùa thi.",
            "Một số bạn làm ồn sau giờ ngủ, em đề nghị ban quản lý nhắc nhở.",
            "Bữa ăn tối ở bếp bán trú ít rau, em mong được cải thiện.",
        ],
    };

    private static readonly string[] GenericContents =
    [
        "Em đề nghị nhà trường xem xét và trả lời ý kiến của lớp em.",
        "Lớp em có kiến nghị cần nhà trường giải đáp tại buổi đối thoại.",
    ];

    private static readonly string[] Answers =
    [
        "Nhà trường đã ghi nhận và trả lời trực tiếp tại buổi đối thoại.",
        "Đã giao bộ phận phụ trách kiểm tra, khắc phục trong tuần.",
        "Nhà trường giải thích rõ quy định hiện hành; học sinh đã thống nhất.",
    ];

    /// <summary>The <see cref="SampleSize"/> rows of the sample workbook.</summary>
    public static IEnumerable<Submission> Sample(SchoolProfile profile, SchoolCalendar calendar) =>
        Generate(profile, calendar, SampleSize);

    /// <summary>
    /// <paramref name="count"/> submissions spread over the year's regular sessions, in session order. Lazy:
    /// 100,000 rows can be streamed into a workbook.
    /// </summary>
    public static IEnumerable<Submission> Generate(SchoolProfile profile, SchoolCalendar calendar, int count, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var sessions = calendar.Sessions.Where(s => s.Kind == SessionKind.Regular).ToList();
        var byCohort = Enum.GetValues<Cohort>().ToDictionary(c => c, c => sessions.Where(s => s.Cohort == c).ToList());
        if (count == 0 || byCohort.Values.Any(l => l.Count == 0))
        {
            yield break;
        }

        var random = new Random(seed);
        var chair = profile.PersonIn(PersonRole.Chair)?.Name ?? "Hiệu trưởng";
        var boardHead = profile.PersonIn(PersonRole.BoardingBoardHead)?.Name ?? "Ban quản lý bán trú";
        var sequence = new Dictionary<YearMonth, int>();
        var lastMonth = sessions.Max(s => s.Month);
        for (var i = 0; i < count; i++)
        {
            var topic = profile.Topics[i % profile.Topics.Count];
            var boardingTopic = HeaderText.Key(topic).Contains("bantru", StringComparison.Ordinal);
            var cohort = boardingTopic || (i / profile.Topics.Count) % 2 == 1 ? Cohort.SemiBoarding : Cohort.Day;
            var cohortSessions = byCohort[cohort];

            // Rows walk through the year in order, so IDs and dates grow down the sheet as they would.
            var session = cohortSessions[(int)((long)i * cohortSessions.Count / count)];
            var month = session.Month;
            var number = sequence[month] = sequence.GetValueOrDefault(month) + 1;

            var late = i % 11 == 5;
            var deadline = session.Deadline.LocalDateTime;
            LocalDate received;
            LocalTime? at = null;
            if (late)
            {
                received = deadline.Date.PlusDays(i % 2);
                at = new LocalTime(i % 2 == 0 ? 16 : 8, 30);
            }
            else
            {
                received = deadline.Date.PlusDays(-random.Next(0, 9));
                if (i % 4 == 0)
                {
                    at = new LocalTime(7 + random.Next(0, 7), random.Next(0, 4) * 15);
                }
            }

            if (received.Month != month.Month && received < month.OnDayOfMonth(1))
            {
                received = month.OnDayOfMonth(1);
            }

            var anonymous = i % 6 == 3;
            var channel = i % 7 == 2 ? SubmissionChannel.HandwrittenPaper : i % 5 == 4 ? SubmissionChannel.Direct : SubmissionChannel.Email;
            var status = month == lastMonth && i % 3 != 0
                ? SubmissionStatus.New
                : (i % 10) switch
                {
                    < 5 => SubmissionStatus.Answered,
                    < 7 => SubmissionStatus.Resolved,
                    < 9 => SubmissionStatus.Forwarded,
                    _ => SubmissionStatus.OutsideAuthority,
                };
            var classOrRoom = cohort == Cohort.Day
                ? profile.Classes[random.Next(profile.Classes.Count)]
                : profile.BoardingRooms.Count > 0 ? profile.BoardingRooms[random.Next(profile.BoardingRooms.Count)] : profile.Classes[0];
            var contents = ContentsFor(topic);

            yield return new Submission
            {
                Id = $"{month.Year:0000}-{month.Month:00}-{number:000}",
                ReceivedOn = received,
                ReceivedAt = at,
                Cohort = cohort,
                ClassOrRoom = classOrRoom,
                Topic = topic,
                Content = contents[random.Next(contents.Length)],
                StudentName = anonymous ? null : Name(random),
                IsAnonymous = anonymous,
                Channel = channel,
                EnteredBy = cohort == Cohort.Day ? $"GVCN {classOrRoom}" : boardHead,
                SessionMonth = month,
                Status = status,
                Answer = status == SubmissionStatus.New ? null
                    : status == SubmissionStatus.Forwarded ? "Nhà trường đã tổng hợp, báo cáo Sở GD&ĐT Lào Cai xem xét."
                    : status == SubmissionStatus.OutsideAuthority ? "Nội dung ngoài thẩm quyền của trường; đã hướng dẫn học sinh liên hệ cơ quan có thẩm quyền."
                    : Answers[random.Next(Answers.Length)],
                AnsweredBy = status == SubmissionStatus.New ? null : chair,
            };
        }
    }

    private static string[] ContentsFor(string topic)
    {
        var key = HeaderText.Key(topic);
        foreach (var (fragment, contents) in Contents)
        {
            if (key.Contains(HeaderText.Key(fragment), StringComparison.Ordinal))
            {
                return contents;
            }
        }

        return GenericContents;
    }

    private static string Name(Random random) =>
        $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
}
