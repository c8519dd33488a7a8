using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Documents.Reports;

/// <summary>
/// The monthly report to the superior body (báo cáo, Decree 30 template 1.4): I organisation, II results
/// (topic × cohort table, outcomes, notable issues with their answers), III assessment (a control for the
/// principal), IV proposals (the forwarded items); signed by the principal. After the signatures, on a new
/// page, an appendix lists every submission of the month and its outcome, which the superior body checks.
/// Students are never named, anonymous or not: the report speaks of classes and rooms. Pure: a function of
/// its arguments.
/// </summary>
public static class MonthlyReportBuilder
{
    /// <summary>How many notable issues section II quotes at most (one per topic in turn, biggest topics first).</summary>
    public const int NotableLimit = 10;

    /// <summary>The tag of the principal's assessment control.</summary>
    public const string AssessmentTag = "assessment";

    /// <param name="profile">The school.</param>
    /// <param name="calendar">The school year's sessions.</param>
    /// <param name="month">The month reported on.</param>
    /// <param name="submissions">All submissions; the month's are picked here.</param>
    /// <param name="date">The date of the place-date line (passed in: building never reads the clock).</param>
    /// <param name="number">The document number, or null to leave it blank for the office.</param>
    public static OfficialDocument Build(SchoolProfile profile, SchoolCalendar calendar, YearMonth month, IEnumerable<Submission> submissions, LocalDate date, int? number = null)
    {
        var own = MonthlyFigures.MonthSubmissions(submissions, month);
        var figures = MonthlyFigures.Of(own, profile.Topics);
        var sessions = calendar.InMonth(month).ToList();
        var monthText = VietnameseDates.Month(month);
        var body = new List<DocumentBlock>
        {
            ParagraphBlock.Of($"Thực hiện Kế hoạch tổ chức tiếp xúc, đối thoại với học sinh năm học {profile.SchoolYear.Label}, {profile.IssuingBody} báo cáo kết quả tổ chức tiếp xúc, đối thoại với học sinh {monthText} như sau:"),
            ParagraphBlock.Of("I. CÔNG TÁC TỔ CHỨC", ParagraphRole.Heading),
        };

        if (sessions.Count == 0)
        {
            body.Add(ParagraphBlock.Of($"Trong {monthText} nhà trường không tổ chức buổi đối thoại."));
        }

        foreach (var session in sessions)
        {
            var cohort = profile.For(session.Cohort);
            var kind = session.Kind == SessionKind.Extra ? "đột xuất " : string.Empty;
            var reason = session.Reason is { Length: > 0 } r ? $" Lý do: {r}." : string.Empty;
            body.Add(ParagraphBlock.Of(
                $"- Buổi đối thoại {kind}với {cohort.Name.ToLowerInvariant()}: {OfficialDates.TimeAndDate(session.Start.LocalDateTime)}, tại {profile.Venue}. " +
                $"Thành phần: {string.Join("; ", profile.StaffGroups)}; học sinh: {Minutes.MinutesBuilder.ExpectedStudents(profile, cohort)}.{reason}"));
        }

        if (sessions.All(s => s.Kind != SessionKind.Extra))
        {
            body.Add(ParagraphBlock.Of("- Trong tháng không có buổi đối thoại đột xuất."));
        }

        body.Add(ParagraphBlock.Of("II. KẾT QUẢ", ParagraphRole.Heading));
        body.Add(ParagraphBlock.Of("1. Số lượng ý kiến, kiến nghị theo chủ đề", ParagraphRole.SubHeading));
        body.Add(ParagraphBlock.Of($"Tổng số ý kiến, kiến nghị của học sinh trong tháng: {figures.Total} (học sinh bán trú: {figures.ByCohort[Cohort.SemiBoarding]}; học sinh khác: {figures.ByCohort[Cohort.Day]})."));
        body.Add(TopicTable(figures));
        body.Add(ParagraphBlock.Of("2. Kết quả giải quyết", ParagraphRole.SubHeading));
        body.Add(OutcomeTable(figures));
        body.Add(ParagraphBlock.Of("3. Một số ý kiến tiêu biểu và nội dung trả lời", ParagraphRole.SubHeading));
        var notable = Notable(own, profile.Topics);
        if (notable.Count == 0)
        {
            body.Add(ParagraphBlock.Of("Không có."));
        }

        foreach (var submission in notable)
        {
            body.Add(new ParagraphBlock(
                [
                    new TextSpan($"- {submission.Topic} ({submission.ClassOrRoom}): ", Bold: true),
                    new TextSpan(submission.Content),
                    new TextSpan(" Trả lời: ", Italic: true),
                    new TextSpan(submission.Answer ?? string.Empty, Italic: true),
                ]));
        }

        body.Add(ParagraphBlock.Of("III. ĐÁNH GIÁ", ParagraphRole.Heading));
        body.Add(new ControlBlock(new ContentControl(AssessmentTag, "Đánh giá", ContentControlKind.RichText, "Hiệu trưởng nhập đánh giá chung về công tác đối thoại trong tháng."), []));
        body.Add(ParagraphBlock.Of("IV. ĐỀ XUẤT, KIẾN NGHỊ", ParagraphRole.Heading));
        var forwarded = own.Where(s => s.Status == SubmissionStatus.Forwarded).ToList();
        if (forwarded.Count == 0)
        {
            body.Add(ParagraphBlock.Of("Không có kiến nghị cần chuyển cấp trên."));
        }
        else
        {
            body.Add(ParagraphBlock.Of($"Nhà trường kính đề nghị {profile.Report.Addressee} xem xét, giải quyết {forwarded.Count} kiến nghị vượt thẩm quyền của nhà trường:"));
            foreach (var group in SessionSubmissions.ByTopic(forwarded, profile.Topics))
            {
                body.Add(ParagraphBlock.Of($"{group.Key}:", ParagraphRole.SubHeading));
                foreach (var submission in group)
                {
                    body.Add(ParagraphBlock.Of($"- {submission.Content} ({submission.ClassOrRoom})."));
                }
            }
        }

        body.Add(ParagraphBlock.Of($"Trên đây là báo cáo kết quả tổ chức tiếp xúc, đối thoại với học sinh {monthText} của {profile.IssuingBody}./."));

        var chair = profile.PersonIn(PersonRole.Chair);
        var documentNumber = new DocumentNumber("BC", profile.Abbreviation, number);
        return new OfficialDocument
        {
            ParentBody = profile.ParentBody,
            IssuingBody = profile.IssuingBody,
            Number = documentNumber,
            PlaceDateLine = VietnameseDates.PlaceDateLine(profile.PlaceName, date),
            Title = "BÁO CÁO",
            Summary = $"Kết quả tổ chức tiếp xúc, đối thoại với học sinh {monthText}",
            Addressee = profile.Report.Addressee,
            Body = body,
            RightSigner = new Signer(chair?.Title ?? "Hiệu trưởng", chair?.Name),
            Recipients = Recipients(profile.Report.Recipients),
            Appendix = SubmissionsAppendix(profile, month, own, documentNumber, date),
        };
    }

    /// <summary>
    /// The appendix: every submission of the month, by topic (profile order) then ID, with its answer and
    /// outcome. The rows are a deferred query over <paramref name="submissions"/> (the month's), made one at a time as the layout
    /// writes them, so ten thousand submissions never become ten thousand rows of blocks at once.
    /// </summary>
    public static Appendix SubmissionsAppendix(SchoolProfile profile, YearMonth month, IReadOnlyList<Submission> submissions, DocumentNumber number, LocalDate date)
    {
        var ordered = SessionSubmissions.ByTopic(submissions, profile.Topics).SelectMany(g => g);
        var rows = ordered.Select((submission, i) => (IReadOnlyList<IReadOnlyList<DocumentBlock>>)
        [
            [Cell((i + 1).ToString())],
            [Cell(submission.ClassOrRoom)],
            [ParagraphBlock.Of(submission.Topic, ParagraphRole.Cell)],
            [ParagraphBlock.Of(submission.Content, ParagraphRole.Cell)],
            [ParagraphBlock.Of(submission.Answer ?? string.Empty, ParagraphRole.Cell)],
            [ParagraphBlock.Of(OutcomeLabel(submission.Status), ParagraphRole.Cell)],
        ]);
        // The widths add up to the text width of A4 portrait with the decree's margins; STT holds a
        // five-digit number on one line.
        TableColumn[] columns =
        [
            new("STT", 800), new("Lớp/Phòng", 1050), new("Chủ đề", 1450),
            new("Nội dung ý kiến, kiến nghị", 2700), new("Trả lời", 2154), new("Kết quả", 1200),
        ];
        return new Appendix(
            [
                ParagraphBlock.Of("PHỤ LỤC", ParagraphRole.Centered, bold: true),
                ParagraphBlock.Of($"Danh sách ý kiến, kiến nghị của học sinh {VietnameseDates.Month(month)} và kết quả giải quyết", ParagraphRole.Centered, bold: true),
                ParagraphBlock.Of($"(Kèm theo Báo cáo số {number.Reference} ngày {VietnameseDates.Date(date)} của {profile.IssuingBody})", ParagraphRole.Centered, italic: true),
            ],
            [new TableBlock(columns, rows)]);
    }

    /// <summary>The workbook's status label; a new submission is, for the superior body, not yet resolved.</summary>
    public static string OutcomeLabel(SubmissionStatus status) =>
        status == SubmissionStatus.New ? "Chưa giải quyết" : SubmissionLabels.Statuses[status];

    /// <summary>The profile's recipients, made to start with <c>Như trên</c> and end with <c>Lưu: VT</c> as the decree wants.</summary>
    public static IReadOnlyList<string> Recipients(IReadOnlyList<string> configured)
    {
        var list = configured.Select(r => r.Trim().TrimEnd(';', '.')).Where(r => r.Length > 0).ToList();
        var archive = list.FirstOrDefault(r => r.StartsWith("Lưu", StringComparison.Ordinal)) ?? "Lưu: VT";
        list.RemoveAll(r => r.StartsWith("Lưu", StringComparison.Ordinal) || r == "Như trên");
        return ["Như trên", .. list, archive];
    }

    /// <summary>Answered submissions, one per topic in turn, biggest topics first, at most <see cref="NotableLimit"/>.</summary>
    public static IReadOnlyList<Submission> Notable(IReadOnlyList<Submission> month, IReadOnlyList<string> topics)
    {
        var queues = SessionSubmissions.ByTopic(month.Where(s => !string.IsNullOrWhiteSpace(s.Answer)), topics)
            .OrderByDescending(g => g.Count())
            .Select(g => new Queue<Submission>(g))
            .ToList();
        var result = new List<Submission>();
        while (result.Count < NotableLimit && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                if (result.Count == NotableLimit)
                {
                    break;
                }

                result.Add(queue.Dequeue());
            }
        }

        return result;
    }

    private static TableBlock TopicTable(MonthlyFigures figures)
    {
        var rows = new List<IReadOnlyList<IReadOnlyList<DocumentBlock>>>();
        var index = 0;
        foreach (var (topic, byCohort) in figures.ByTopic)
        {
            index++;
            rows.Add([
                [Cell(index.ToString())],
                [ParagraphBlock.Of(topic, ParagraphRole.Cell)],
                [Cell(byCohort[Cohort.SemiBoarding].ToString())],
                [Cell(byCohort[Cohort.Day].ToString())],
                [Cell((byCohort[Cohort.SemiBoarding] + byCohort[Cohort.Day]).ToString())],
            ]);
        }

        rows.Add([
            [],
            [ParagraphBlock.Of("Tổng cộng", ParagraphRole.Cell, bold: true)],
            [Cell(figures.ByCohort[Cohort.SemiBoarding].ToString(), true)],
            [Cell(figures.ByCohort[Cohort.Day].ToString(), true)],
            [Cell(figures.Total.ToString(), true)],
        ]);
        return new TableBlock(
            [new("STT", 700), new("Chủ đề", 4254), new("Học sinh bán trú", 1500), new("Học sinh khác", 1500), new("Tổng", 1300)],
            rows);
    }

    private static TableBlock OutcomeTable(MonthlyFigures figures) => new(
        [
            new("Tổng số", 1500), new("Đã trả lời tại buổi", 1600), new("Đã giải quyết", 1550),
            new("Chuyển cấp trên", 1550), new("Ngoài thẩm quyền", 1550), new("Chưa giải quyết", 1500),
        ],
        [[
            [Cell(figures.Total.ToString(), true)], [Cell(figures.Answered.ToString())], [Cell(figures.Resolved.ToString())],
            [Cell(figures.Forwarded.ToString())], [Cell(figures.OutsideAuthority.ToString())], [Cell(figures.Pending.ToString())],
        ]]);

    private static ParagraphBlock Cell(string text, bool bold = false) => ParagraphBlock.Of(text, ParagraphRole.CellCentered, bold);
}
