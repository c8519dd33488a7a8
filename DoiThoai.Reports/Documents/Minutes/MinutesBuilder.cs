using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.TaskPane;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// The minutes of one session (biên bản, Decree 30 template 1.9), filled with everything known before the
/// session: time, venue, participants, chair, secretary and the submissions grouped by topic, each with an
/// answer and a handling content control (<see cref="MinutesTags"/>). Pure: a function of its arguments.
/// </summary>
public static class MinutesBuilder
{
    private const int ColumnNumber = 700;
    private const int ColumnClass = 1150;
    private const int ColumnContent = 3000;
    private const int ColumnAnswer = 2900;
    private const int ColumnHandling = 1550;

    /// <param name="profile">The school.</param>
    /// <param name="session">The session the minutes record.</param>
    /// <param name="submissions">All submissions; those of the session are picked here.</param>
    /// <param name="number">The document number, or null to leave it blank for the office.</param>
    public static OfficialDocument Build(SchoolProfile profile, Session session, IEnumerable<Submission> submissions, int? number = null)
    {
        var own = SessionSubmissions.For(session, submissions);
        var cohort = profile.For(session.Cohort);
        var chair = profile.PersonIn(PersonRole.Chair);
        var secretary = session.Cohort == Cohort.SemiBoarding
            ? profile.PersonIn(PersonRole.BoardingMinuteTaker)
            : profile.PersonIn(PersonRole.Secretary);
        const string appointedByBoard = "(do Ban quản lý bán trú cử)";
        var secretaryNote = secretary is null && session.Cohort == Cohort.SemiBoarding ? appointedByBoard : null;

        var body = new List<DocumentBlock>
        {
            Labelled("Thời gian bắt đầu: ", OfficialDates.TimeAndDate(session.Start.LocalDateTime) + "."),
            Labelled("Địa điểm: ", $"{profile.Venue}, {profile.IssuingBody}."),
            Labelled("Thành phần tham dự:", string.Empty),
            ParagraphBlock.Of("- Cán bộ, giáo viên: " + string.Join("; ", profile.StaffGroups) + "."),
            ParagraphBlock.Of("- Học sinh: " + ExpectedStudents(profile, cohort) + "."),
            Labelled("Chủ trì (chủ tọa): ", chair is null ? "……………………………" : $"Đ/c {chair.Name} - {chair.Title}."),
            Labelled("Thư ký (người ghi biên bản): ", secretary is null
                ? "…………………………… " + (secretaryNote ?? string.Empty)
                : $"Đ/c {secretary.Name}."),
            Labelled("Nội dung (theo diễn biến cuộc họp):", string.Empty),
            ParagraphBlock.Of("1. Phổ biến chủ trương của Đảng, chính sách pháp luật của Nhà nước, của ngành về giáo dục và đào tạo", ParagraphRole.SubHeading),
            new ControlBlock(new ContentControl(MinutesTags.Dissemination, "Nội dung phổ biến", ContentControlKind.RichText, MinutesWording.DisseminationPlaceholder), []),
            ParagraphBlock.Of("2. Học sinh phản ánh, kiến nghị; lãnh đạo nhà trường trả lời", ParagraphRole.SubHeading),
        };

        var groups = SessionSubmissions.ByTopic(own, profile.Topics);
        if (own.Count == 0)
        {
            body.Add(ParagraphBlock.Of("Không có ý kiến, kiến nghị gửi trước buổi đối thoại."));
        }
        else
        {
            var places = own.Select(s => s.ClassOrRoom).Distinct(StringComparer.Ordinal).Count();
            body.Add(ParagraphBlock.Of($"Nhà trường nhận được {own.Count} ý kiến, kiến nghị của {places} {(session.Cohort == Cohort.SemiBoarding ? "phòng" : "lớp")}, gồm {groups.Count} nhóm vấn đề:"));
        }

        var topicNumber = 0;
        foreach (var group in groups)
        {
            topicNumber++;
            body.Add(ParagraphBlock.Of($"2.{topicNumber}. {group.Key} ({group.Count()} ý kiến)", ParagraphRole.SubHeading));
            var rows = new List<IReadOnlyList<IReadOnlyList<DocumentBlock>>>();
            var index = 0;
            foreach (var submission in group)
            {
                index++;
                rows.Add([
                    [ParagraphBlock.Of(index.ToString(), ParagraphRole.CellCentered)],
                    [ParagraphBlock.Of(submission.ClassOrRoom, ParagraphRole.CellCentered)],
                    [ContentCell(submission)],
                    [new ControlBlock(new ContentControl(MinutesTags.Answer(submission.Id), MinutesTags.AnswerTitlePrefix + submission.Id, ContentControlKind.RichText, MinutesWording.AnswerPlaceholder, submission.Answer), [])],
                    [new ParagraphBlock([new ControlSpan(HandlingControl(submission))], ParagraphRole.CellCentered)],
                ]);
            }

            body.Add(new TableBlock(
                [
                    new("STT", ColumnNumber),
                    new(MinutesWording.ClassOrRoomHeader, ColumnClass),
                    new("Nội dung ý kiến, kiến nghị", ColumnContent),
                    new(MinutesWording.AnswerHeader, ColumnAnswer),
                    new("Xử lý", ColumnHandling),
                ],
                rows));
        }

        body.Add(ParagraphBlock.Of("3. Ý kiến, câu hỏi học sinh nêu trực tiếp tại buổi đối thoại", ParagraphRole.SubHeading));
        body.Add(ParagraphBlock.Of("(Thư ký thêm dòng khi cần: đặt con trỏ vào ô cuối cùng của bảng và nhấn Tab.)", italic: true));
        body.Add(new ControlBlock(
            new ContentControl(MinutesTags.OnTheSpot, MinutesTags.OnTheSpotTitle, ContentControlKind.RichText, MinutesWording.OnTheSpotPlaceholder),
            [new TableBlock(
                [
                    new("STT", ColumnNumber),
                    new(MinutesWording.ClassOrRoomHeader, ColumnClass),
                    new(MinutesWording.OnTheSpotContentHeader, ColumnContent + ColumnHandling / 2),
                    new(MinutesWording.AnswerHeader, ColumnAnswer + ColumnHandling - ColumnHandling / 2),
                ],
                [.. Enumerable.Range(1, 3).Select(i => (IReadOnlyList<IReadOnlyList<DocumentBlock>>)[[ParagraphBlock.Of(i.ToString(), ParagraphRole.CellCentered)], [], [], []])])]));
        body.Add(ParagraphBlock.Of("4. Kết luận của chủ tọa", ParagraphRole.SubHeading));
        body.Add(new ControlBlock(new ContentControl(MinutesTags.Conclusion, "Kết luận", ContentControlKind.RichText, MinutesWording.ConclusionPlaceholder), []));
        body.Add(new ParagraphBlock(
            [
                new TextSpan(MinutesWording.ClosingPrefix),
                new ControlSpan(new ContentControl(MinutesTags.EndTime, MinutesTags.EndTimeTitle, ContentControlKind.RichText, MinutesWording.EndTimePlaceholder)),
                new TextSpan($", {OfficialDates.LongDate(session.Start.Date)}./."),
            ]));

        return new OfficialDocument
        {
            ParentBody = profile.ParentBody,
            IssuingBody = profile.IssuingBody,
            Number = new DocumentNumber("BB", profile.Abbreviation, number),
            PlaceDateLine = null,
            Title = "BIÊN BẢN",
            Summary = Summary(profile, session),
            Body = body,
            LeftSigner = new Signer("Thư ký", secretary?.Name, secretaryNote),
            RightSigner = new Signer("Chủ tọa", chair?.Name),
            Recipients = ["Lãnh đạo trường", "Lưu: VT, Hồ sơ"],
            Properties = new Dictionary<string, string> { [MinutesTags.SessionProperty] = session.Id },

            // The secretary fills the minutes in the pane's company: Word opens it with the document.
            TaskPane = WordAddin.StoreReferences,
        };
    }

    /// <summary>The meeting's name under <c>BIÊN BẢN</c>.</summary>
    public static string Summary(SchoolProfile profile, Session session)
    {
        var who = profile.For(session.Cohort).Name.ToLowerInvariant();
        return session.Kind == SessionKind.Extra
            ? $"Buổi tiếp xúc, đối thoại đột xuất với {who} ngày {VietnameseDates.Date(session.Start.Date)}"
            : $"Buổi tiếp xúc, đối thoại với {who} {VietnameseDates.Month(session.Month)}";
    }

    /// <summary>Who is expected: every semi-boarding student, or N per class times the number of classes.</summary>
    public static string ExpectedStudents(SchoolProfile profile, CohortProfile cohort)
    {
        if (cohort.StudentsPerClass is { } perClass)
        {
            var classes = profile.Classes.Count;
            return $"mỗi lớp {perClass:00} học sinh × {classes} lớp = {perClass * classes} học sinh ({cohort.Attendees})";
        }

        return $"{cohort.Attendees} ({profile.BoardingRooms.Count} phòng)";
    }

    private static ContentControl HandlingControl(Submission submission) => new(
        MinutesTags.Handling(submission.Id),
        MinutesTags.HandlingTitlePrefix + submission.Id,
        ContentControlKind.DropDown,
        MinutesWording.HandlingPlaceholder,
        submission.Status == SubmissionStatus.New ? null : SubmissionLabels.Statuses[submission.Status],
        HandlingChoices);

    /// <summary>The drop-down's choices: every status but "new", in the workbook's words.</summary>
    public static readonly IReadOnlyList<string> HandlingChoices =
        [.. SubmissionLabels.Statuses.Where(s => s.Key != SubmissionStatus.New).Select(s => s.Value)];

    private static ParagraphBlock ContentCell(Submission submission)
    {
        var inlines = new List<Inline> { new TextSpan(submission.Content) };
        // Anonymous students are never named: DisplayName is null for them.
        var who = submission.DisplayName is { Length: > 0 } name ? $"HS {name} - " : string.Empty;
        inlines.Add(new TextSpan($"\n({who}mã {submission.Id})", Italic: true));
        return new ParagraphBlock(inlines, ParagraphRole.Cell);
    }

    private static ParagraphBlock Labelled(string label, string text) =>
        new([new TextSpan(label, Bold: true), new TextSpan(text)], ParagraphRole.Body);
}
