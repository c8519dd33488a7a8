using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.TestTools;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Minutes;

[TestClass]
public sealed class MinutesReadBackTest
{
    private static byte[] FilledMinutes()
    {
        var bytes = DocumentTestData.Layout(MinutesBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022()));
        using var filler = new MinutesFiller(bytes);
        return filler
            .Set("answer:2022-10-001", "Nhà trường sẽ thay quạt trong tuần.")
            .Set("handling:2022-10-001", "Đã giải quyết")
            .Set("answer:2022-10-002", "Như ý kiến trên.")
            .Set("answer:2022-10-004", "Đã chuyển Sở hướng dẫn tổ hợp.")
            .Set("handling:2022-10-004", "Đã chuyển cấp trên")
            .Set("endtime", "16 giờ 20 phút")
            .AddOnTheSpot("11A2", "Xin mở thêm câu lạc bộ bóng đá", "Đoàn trường sẽ tổ chức.")
            .AddOnTheSpot("12A4", "Hỏi lịch thi thử", null)
            .Save();
    }

    private static void AssertReadBack(MinutesReadBack readBack)
    {
        Assert.AreEqual("2022-10-day", readBack.SessionId);
        var entries = readBack.Entries.ToDictionary(e => e.Id);
        Assert.AreEqual("Nhà trường sẽ thay quạt trong tuần.", entries["2022-10-001"].Answer);
        Assert.AreEqual("Đã giải quyết", entries["2022-10-001"].Handling);
        Assert.AreEqual("Như ý kiến trên.", entries["2022-10-002"].Answer);
        Assert.IsNull(entries["2022-10-002"].Handling);
        Assert.AreEqual("Đã chuyển cấp trên", entries["2022-10-004"].Handling);
        Assert.IsNull(entries["2022-10-005"].Answer, "an untouched control reads as empty");
        Assert.AreEqual(new LocalTime(16, 20), readBack.EndTime);
        Assert.HasCount(2, readBack.OnTheSpot);
        Assert.AreEqual(new OnTheSpotQuestion("11A2", "Xin mở thêm câu lạc bộ bóng đá", "Đoàn trường sẽ tổ chức."), readBack.OnTheSpot[0]);
        Assert.AreEqual(new OnTheSpotQuestion("12A4", "Hỏi lịch thi thử", null), readBack.OnTheSpot[1]);
    }

    [TestMethod]
    public void Reads_what_the_secretary_typed_in_Word()
    {
        AssertReadBack(MinutesReader.Read(new MemoryStream(FilledMinutes())));
    }

    [TestMethod]
    [TestCategory("LibreOffice")]
    public void Reads_minutes_saved_again_by_LibreOffice()
    {
        var roundTripped = LibreOffice.Convert(FilledMinutes(), "docx");
        AssertReadBack(MinutesReader.Read(new MemoryStream(roundTripped)));
    }

    private static WorkbookReadResult Workbook(IReadOnlyList<Submission> rows, params RejectedRow[] rejected) =>
        new("KienNghi", rows, [], rows.Count + rejected.Length, rejected.Length, 0, 0, 1) { RejectedRows = rejected };

    private static MinutesImportPlan Plan(MinutesReadBack readBack, WorkbookReadResult workbook) =>
        MinutesImport.Plan(readBack, DocumentTestData.DaySession, workbook, DocumentTestData.Profile, DocumentTestData.Calendar);

    [TestMethod]
    public void Import_plans_answers_statuses_and_on_the_spot_rows_and_reports_gaps()
    {
        var readBack = MinutesReader.Read(new MemoryStream(FilledMinutes()));
        var withStranger = readBack with { Entries = [.. readBack.Entries, new MinutesEntry("2022-10-999", "?", null)] };
        var known = DocumentTestData.October2022();
        var plan = Plan(withStranger, Workbook(known));

        Assert.AreEqual("2022-10-999", plan.Refused.Single().Id);
        CollectionAssert.AreEquivalent(new[] { "2022-10-005" }, plan.EmptyAnswers.ToList(), "003 keeps its earlier answer, 005 has none");

        var updates = plan.Updates.ToDictionary(u => u.Id);
        Assert.AreEqual(SubmissionStatus.Resolved, updates["2022-10-001"].Status);
        Assert.AreEqual("Nhà trường sẽ thay quạt trong tuần.", updates["2022-10-001"].Answer);
        Assert.AreEqual("Phạm Tuấn Anh", updates["2022-10-001"].AnsweredBy);
        Assert.AreEqual(SubmissionStatus.Answered, updates["2022-10-002"].Status, "an answer without a handling was given at the session");
        Assert.AreEqual(SubmissionStatus.Forwarded, updates["2022-10-004"].Status);
        Assert.IsFalse(updates.ContainsKey("2022-10-999"));

        Assert.HasCount(2, plan.NewRows);
        var club = plan.NewRows[0];
        Assert.AreEqual("2022-10-008", club.Id, "numbered after the month's highest ID");
        Assert.AreEqual("11A2", club.ClassOrRoom);
        Assert.AreEqual(SubmissionChannel.Direct, club.Channel);
        Assert.AreEqual(SubmissionStatus.Answered, club.Status);
        Assert.AreEqual(DocumentTestData.October, club.SessionMonth);
        Assert.AreEqual(SubmissionStatus.New, plan.NewRows[1].Status);

        // Importing again after the rows were added adds nothing twice.
        var again = Plan(readBack, Workbook([.. known, .. plan.NewRows]));
        Assert.IsEmpty(again.NewRows);
    }

    [TestMethod]
    public void A_handling_that_is_not_a_status_is_reported()
    {
        var readBack = new MinutesReadBack("2022-10-day", [new MinutesEntry("2022-10-001", "Trả lời", "Xong rồi")], [], null, null, []);
        var plan = Plan(readBack, Workbook(DocumentTestData.October2022()));
        Assert.IsTrue(plan.Problems.Any(p => p.Contains("Xong rồi", StringComparison.Ordinal)));
        Assert.AreEqual(SubmissionStatus.Answered, plan.Updates.Single().Status);
    }

    [TestMethod]
    [DataRow("21 giờ 15 phút", 21, 15)]
    [DataRow("21 giờ", 21, 0)]
    [DataRow("21h15", 21, 15)]
    [DataRow("21:05", 21, 5)]
    public void End_time_is_understood_in_the_usual_forms(string text, int hour, int minute) =>
        Assert.AreEqual(new LocalTime(hour, minute), MinutesReader.ParseTime(text));

    [TestMethod]
    public void End_time_that_is_not_a_time_is_not_understood() => Assert.IsNull(MinutesReader.ParseTime("… giờ … phút"));
}
