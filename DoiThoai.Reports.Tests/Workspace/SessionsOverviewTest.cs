using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workspace;

/// <summary>The year at a glance the pane shows first, and the digest figures the pane and the Word digest share.</summary>
[TestClass]
public sealed class SessionsOverviewTest
{
    private static readonly SchoolProfile WithExtra = DocumentTestData.Profile with
    {
        ExtraSessions = [new ExtraSessionDefinition(Cohort.Day, new LocalDateTime(2022, 10, 14, 14, 0), "Sở yêu cầu lấy ý kiến về an toàn giao thông", null)],
    };

    private static WorkbookReadResult Workbook() =>
        new("KienNghi", DocumentTestData.October2022(), [], 8, 0, 0, 0, 1);

    [TestMethod]
    public void Counts_each_session_and_lets_an_extra_session_see_its_month_rows()
    {
        var calendar = SessionCalendar.Build(WithExtra);
        var overview = SessionsOverview.Of(calendar, Workbook(), calendar.Find("2022-10-day"));
        var bySession = overview.Sessions.ToDictionary(s => s.Session.Id);

        Assert.HasCount(calendar.Sessions.Count, overview.Sessions);
        Assert.AreEqual(new SessionOverview(calendar.Find("2022-10-day")!, 5, 1, 2), bySession["2022-10-day"]);
        Assert.AreEqual(2, bySession["2022-10-semi-boarding"].Submissions);
        Assert.AreEqual(1, bySession["2022-10-semi-boarding"].Answered);
        Assert.AreEqual(1, bySession["2022-09-day"].Submissions);
        Assert.AreEqual(0, bySession["2022-11-day"].Submissions);

        var extra = overview.Sessions.Single(s => s.Session.Kind == SessionKind.Extra);
        Assert.AreEqual(5, extra.Submissions, "the workbook does not say which session of the month a row is for");
        Assert.AreEqual(5, extra.Late, "late by the extra session's own, earlier deadline: the rows came from 20/10");
        Assert.AreEqual("2022-10-day", overview.Next?.Id);
    }

    [TestMethod]
    public void Titles_name_the_cohort_and_the_month_or_the_day()
    {
        var calendar = SessionCalendar.Build(WithExtra);

        Assert.AreEqual("Buổi đối thoại học sinh khác, tháng 10/2022", SessionsOverview.Title(WithExtra, calendar.Find("2022-10-day")!));
        Assert.AreEqual("Buổi đối thoại học sinh bán trú, tháng 10/2022", SessionsOverview.Title(WithExtra, calendar.Find("2022-10-semi-boarding")!));
        Assert.AreEqual("Buổi đối thoại đột xuất học sinh khác, ngày 14/10/2022", SessionsOverview.Title(WithExtra, calendar.Sessions.Single(s => s.Kind == SessionKind.Extra)));
    }

    [TestMethod]
    public void Digest_figures_are_what_the_Word_digest_states()
    {
        var figures = DigestFigures.Of(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022());
        var document = DigestBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022(), new LocalDate(2022, 10, 27));
        var text = string.Join("\n", document.Body.OfType<ParagraphBlock>().Select(p => string.Concat(p.Inlines.OfType<TextSpan>().Select(t => t.Text))));

        Assert.HasCount(5, figures.Submissions);
        StringAssert.Contains(text, $"- Tổng số ý kiến, kiến nghị: 5, của {figures.PlacesHeard}/{figures.Expected.Count} lớp.");
        StringAssert.Contains(text, $"- Nhóm ý kiến trùng lặp giữa các lớp: {figures.DuplicateGroups.Count}.");
        StringAssert.Contains(text, $"- Gửi muộn (sau hạn): {figures.Late.Count}.");
        StringAssert.Contains(text, string.Join(", ", figures.Silent) + ".");
        Assert.AreEqual(1, figures.GroupOf["2022-10-001"]);
        Assert.AreEqual("2022-10-005", figures.Late.Single().Id);
    }
}
