using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Tests.TestData;
using Ical.Net;
using NodaTime;

namespace DoiThoai.Reports.Tests.Scheduling;

[TestClass]
public sealed class CalendarEntriesTest
{
    private static readonly IReadOnlyList<CalendarEntry> Entries = CalendarEntries.For(TestProfiles.Calendar, TestProfiles.Profile);

    [TestMethod]
    public void Each_session_has_its_entry_its_deadline_and_a_notice_when_the_cohort_needs_one()
    {
        var sessions = TestProfiles.Calendar.Sessions;

        Assert.HasCount(sessions.Count * 2 + sessions.Count(s => s.Notice is not null), Entries);
        Assert.AreEqual(sessions.Count, Entries.Count(e => e.Kind == CalendarEntryKind.Session));
        Assert.HasCount(Entries.Count, Entries.Select(e => e.Uid).Distinct().ToList(), "UIDs are unique");
    }

    [TestMethod]
    public void The_october_day_session_its_deadline_and_notice()
    {
        var session = Entries.Single(e => e.Uid == "2022-10-day@thpts2.bh.doithoai");
        var deadline = Entries.Single(e => e.Uid == "2022-10-day-deadline@thpts2.bh.doithoai");
        var notice = Entries.Single(e => e.Uid == "2022-10-day-notice@thpts2.bh.doithoai");

        Assert.AreEqual("Đối thoại với học sinh khác (tháng 10/2022)", session.Summary);
        Assert.AreEqual("Nhà đa năng", session.Location);
        Assert.AreEqual(new LocalDateTime(2022, 10, 28, 14, 0), session.Start);
        Assert.AreEqual(new LocalDateTime(2022, 10, 28, 16, 0), session.End);
        Assert.IsFalse(session.IsAllDay);
        Assert.AreEqual(new LocalDateTime(2022, 10, 27, 15, 0), deadline.Start);
        Assert.AreEqual(deadline.Start, deadline.End);
        Assert.AreEqual("Gửi bản mềm tới phamtuananhbh2@laocai.edu.vn.", deadline.Description);
        Assert.IsTrue(notice.IsAllDay);
        Assert.AreEqual(new LocalDateTime(2022, 10, 21, 0, 0), notice.Start);
        Assert.AreEqual(new LocalDateTime(2022, 10, 22, 0, 0), notice.End);
        Assert.AreEqual("Thông báo lịch đối thoại Thứ Sáu 28/10/2022 14:00", notice.Summary);
    }

    [TestMethod]
    public void Warnings_are_in_the_session_description()
    {
        var january = Entries.Single(e => e.Uid == "2023-01-day@thpts2.bh.doithoai");

        StringAssert.StartsWith(january.Description, "Thành phần: Mỗi lớp 03 học sinh");
        StringAssert.Contains(january.Description, "\nLưu ý: ");
        StringAssert.Contains(january.Description, " Đề xuất: ");
    }

    [TestMethod]
    public void The_ics_file_says_the_same_so_either_can_be_switched_to_the_list()
    {
        var ics = Calendar.Load(CalendarIcs.Write(TestProfiles.Calendar, TestProfiles.Profile))!;

        var fromIcs = ics.Events.Select(e => (e.Uid, e.Summary, e.Location, Description: string.IsNullOrEmpty(e.Description) ? null : e.Description.Replace("\r\n", "\n", StringComparison.Ordinal))).OrderBy(e => e.Uid).ToList();
        var fromList = Entries.Select(e => (Uid: (string?)e.Uid, Summary: (string?)e.Summary, e.Location, e.Description)).OrderBy(e => e.Uid).ToList();
        CollectionAssert.AreEqual(fromList, fromIcs);
        foreach (var e in ics.Events)
        {
            var entry = Entries.Single(x => x.Uid == e.Uid);
            Assert.AreEqual(entry.Start.ToDateTimeUnspecified(), e.DtStart!.Value, e.Uid);
            Assert.AreEqual(entry.End.ToDateTimeUnspecified(), e.DtEnd!.Value, e.Uid);
            Assert.AreEqual(entry.IsAllDay, !e.DtStart.HasTime, e.Uid);
        }
    }
}
