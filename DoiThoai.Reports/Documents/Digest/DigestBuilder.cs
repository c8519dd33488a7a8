using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Documents.Digest;

/// <summary>
/// The pre-session digest for the leadership (plan, step 5.2): the session's submissions by topic, near
/// duplicates across classes grouped (<see cref="NearDuplicates"/>), the classes or rooms that sent
/// nothing, and the late ones (received after the session's deadline), as <see cref="DigestFigures"/> computes
/// them for the pane too. Pure: a function of its arguments.
/// </summary>
public static class DigestBuilder
{
    /// <param name="profile">The school.</param>
    /// <param name="session">The coming session.</param>
    /// <param name="submissions">All submissions; the session's are picked here.</param>
    /// <param name="date">The date of the place-date line (passed in: building never reads the clock).</param>
    public static OfficialDocument Build(SchoolProfile profile, Session session, IEnumerable<Submission> submissions, LocalDate date)
    {
        var figures = DigestFigures.Of(profile, session, submissions);
        var own = figures.Submissions;
        var duplicates = figures.DuplicateGroups;
        var late = figures.Late;
        var expected = figures.Expected;
        var placeWord = figures.PlaceWord;
        var silent = figures.Silent;
        var deadline = session.Deadline.LocalDateTime;
        var deadlineText = $"{VietnameseDates.FormalTime(deadline.TimeOfDay)}, ngày {VietnameseDates.Date(deadline.Date)}";

        var body = new List<DocumentBlock>
        {
            ParagraphBlock.Of($"Thực hiện Kế hoạch tổ chức tiếp xúc, đối thoại với học sinh năm học {profile.SchoolYear.Label}, thư ký tổng hợp ý kiến, kiến nghị của học sinh gửi trước buổi đối thoại lúc {OfficialDates.TimeAndDate(session.Start.LocalDateTime)} (hạn gửi: {deadlineText}) như sau:"),
            ParagraphBlock.Of("I. TÌNH HÌNH CHUNG", ParagraphRole.Heading),
            ParagraphBlock.Of($"- Tổng số ý kiến, kiến nghị: {own.Count}, của {expected.Count - silent.Count}/{expected.Count} {placeWord}."),
            ParagraphBlock.Of($"- Nhóm ý kiến trùng lặp giữa các {placeWord}: {duplicates.Count}."),
            ParagraphBlock.Of($"- Gửi muộn (sau hạn): {late.Count}."),
            ParagraphBlock.Of("II. Ý KIẾN, KIẾN NGHỊ THEO CHỦ ĐỀ", ParagraphRole.Heading),
        };

        if (own.Count == 0)
        {
            body.Add(ParagraphBlock.Of("Chưa nhận được ý kiến, kiến nghị nào."));
        }

        var topicNumber = 0;
        foreach (var group in figures.Topics)
        {
            topicNumber++;
            body.Add(ParagraphBlock.Of($"{topicNumber}. {group.Key} ({group.Count()} ý kiến)", ParagraphRole.SubHeading));
            var rows = new List<IReadOnlyList<IReadOnlyList<DocumentBlock>>>();
            var index = 0;
            foreach (var submission in group)
            {
                index++;
                var notes = new List<string>();
                if (figures.GroupOf.TryGetValue(submission.Id, out var g))
                {
                    notes.Add($"Trùng lặp (nhóm {g})");
                }

                if (figures.IsLate(submission))
                {
                    notes.Add("Gửi muộn");
                }

                var who = submission.DisplayName is { Length: > 0 } name ? $"\nHS: {name}" : string.Empty;
                rows.Add([
                    [ParagraphBlock.Of(index.ToString(), ParagraphRole.CellCentered)],
                    [ParagraphBlock.Of(submission.ClassOrRoom, ParagraphRole.CellCentered)],
                    [new ParagraphBlock([new TextSpan(submission.Content), new TextSpan($"{who}\n(mã {submission.Id}; {SubmissionLabels.Channels[submission.Channel]})", Italic: true)], ParagraphRole.Cell)],
                    [ParagraphBlock.Of(VietnameseDates.Date(submission.ReceivedOn), ParagraphRole.CellCentered)],
                    [ParagraphBlock.Of(string.Join("; ", notes), ParagraphRole.Cell, italic: true)],
                ]);
            }

            body.Add(new TableBlock(
                [new("STT", 700), new("Lớp / Phòng", 1150), new("Nội dung ý kiến, kiến nghị", 4300), new("Ngày nhận", 1400), new("Ghi chú", 1750)],
                rows));
        }

        body.Add(ParagraphBlock.Of($"III. Ý KIẾN TRÙNG LẶP GIỮA CÁC {placeWord.ToUpperInvariant()}", ParagraphRole.Heading));
        if (duplicates.Count == 0)
        {
            body.Add(ParagraphBlock.Of("Không có."));
        }

        for (var i = 0; i < duplicates.Count; i++)
        {
            var group = duplicates[i];
            var places = string.Join(", ", group.Select(s => s.ClassOrRoom).Distinct(StringComparer.Ordinal));
            body.Add(ParagraphBlock.Of($"- Nhóm {i + 1} ({group.Count} ý kiến; {places}; chủ đề: {group[0].Topic}): {group[0].Content}"));
        }

        body.Add(ParagraphBlock.Of($"IV. {placeWord.ToUpperInvariant()} CHƯA GỬI Ý KIẾN", ParagraphRole.Heading));
        body.Add(ParagraphBlock.Of(silent.Count == 0 ? $"Tất cả các {placeWord} đã gửi ý kiến." : string.Join(", ", silent) + "."));
        body.Add(ParagraphBlock.Of("V. Ý KIẾN GỬI MUỘN", ParagraphRole.Heading));
        if (late.Count == 0)
        {
            body.Add(ParagraphBlock.Of("Không có."));
        }

        foreach (var submission in late)
        {
            var at = submission.ReceivedAt is { } t ? $" {VietnameseDates.Time(t)}" : string.Empty;
            body.Add(ParagraphBlock.Of($"- {submission.ClassOrRoom} (mã {submission.Id}), nhận ngày {VietnameseDates.Date(submission.ReceivedOn)}{at}: {submission.Content}"));
        }

        body.Add(ParagraphBlock.Of("Kính trình lãnh đạo nhà trường xem xét, chuẩn bị nội dung trả lời./."));

        var secretary = profile.PersonIn(PersonRole.Secretary);
        return new OfficialDocument
        {
            ParentBody = profile.ParentBody,
            IssuingBody = profile.IssuingBody,
            PlaceDateLine = VietnameseDates.PlaceDateLine(profile.PlaceName, date),
            Title = "TỔNG HỢP",
            Summary = "Ý kiến, kiến nghị của học sinh trước buổi đối thoại\n" + Minutes.MinutesBuilder.Summary(profile, session).Replace("Buổi tiếp xúc, đối thoại ", string.Empty, StringComparison.Ordinal),
            Addressee = "Lãnh đạo trường",
            Body = body,
            RightSigner = new Signer("Người tổng hợp", secretary?.Name),
            Recipients = ["Lãnh đạo trường", "Lưu: Hồ sơ đối thoại"],
        };
    }
}
