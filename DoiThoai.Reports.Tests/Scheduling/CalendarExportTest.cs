using System.Text.Json;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Tests.TestData;


namespace DoiThoai.Reports.Tests.Scheduling;

[TestClass]
public sealed class CalendarExportTest
{
    private static readonly SchoolCalendar Year = SessionCalendar.Build(TestProfiles.Profile);

    [TestMethod]
    public void Json_has_the_documented_shape()
    {
        using var json = JsonDocument.Parse(CalendarJson.Write(Year));
        var root = json.RootElement;

        Assert.AreEqual("2022-2023", root.GetProperty("schoolYear").GetString());
        var sessions = root.GetProperty("sessions").EnumerateArray().ToList();
        Assert.AreEqual(18, sessions.Count);
        var october = sessions.Single(s => s.GetProperty("id").GetString() == "2022-10-day");
        Assert.AreEqual("Day", october.GetProperty("cohort").GetString());
        Assert.AreEqual("Regular", october.GetProperty("kind").GetString());
        Assert.AreEqual("2022-10-28T14:00:00+07:00", october.GetProperty("start").GetString());
        Assert.AreEqual("2022-10-27T15:00:00+07:00", october.GetProperty("deadline").GetString());
        Assert.AreEqual("2022-10-21", october.GetProperty("notice").GetString());
        var boarding = sessions.Single(s => s.GetProperty("id").GetString() == "2022-10-semi-boarding");
        Assert.AreEqual("SemiBoarding", boarding.GetProperty("cohort").GetString());
        Assert.AreEqual(JsonValueKind.Null, boarding.GetProperty("notice").ValueKind);
        var warning = sessions.Single(s => s.GetProperty("id").GetString() == "2023-01-day").GetProperty("warnings")[0];
        Assert.AreEqual(CalendarWarningCodes.DeadlineNotBeforeSession, warning.GetProperty("code").GetString());
        StringAssert.Contains(warning.GetProperty("message").GetString(), "Thứ Sáu 27/01/2023");
        Assert.IsFalse(string.IsNullOrWhiteSpace(warning.GetProperty("suggestion").GetString()));
    }

    [TestMethod]
    public void Ics_parses_with_sessions_deadlines_and_notices_in_the_school_zone()
    {
        var text = CalendarIcs.Write(Year, TestProfiles.Profile);

        var ics = Ical.Net.Calendar.Load(text)!;

        Assert.AreEqual(18 + 18 + 9, ics.Events.Count);
        Assert.AreEqual(ics.Events.Count, ics.Events.Select(e => e.Uid).Distinct().Count(), "UIDs are unique");
        Assert.IsTrue(ics.TimeZones.Any(z => z.TzId == "Asia/Ho_Chi_Minh"));
        var session = ics.Events.Single(e => e.Uid == "2022-10-day@thpts2.bh.doithoai");
        Assert.AreEqual("Asia/Ho_Chi_Minh", session.DtStart!.TzId);
        Assert.AreEqual(new DateTime(2022, 10, 28, 7, 0, 0, DateTimeKind.Utc), session.DtStart.AsUtc);
        Assert.AreEqual("Nhà đa năng", session.Location);
        var deadline = ics.Events.Single(e => e.Uid == "2022-10-day-deadline@thpts2.bh.doithoai");
        Assert.AreEqual(new DateTime(2022, 10, 27, 8, 0, 0, DateTimeKind.Utc), deadline.DtStart!.AsUtc);
        var notice = ics.Events.Single(e => e.Uid == "2022-10-day-notice@thpts2.bh.doithoai");
        Assert.IsFalse(notice.DtStart!.HasTime, "the notice is an all-day event");
        Assert.AreEqual(new DateOnly(2022, 10, 21), notice.DtStart.Date);
        StringAssert.Contains(ics.Events.Single(e => e.Uid == "2023-01-day@thpts2.bh.doithoai").Description, "Đề xuất");
    }

    [TestMethod]
    public void Ics_uids_are_stable_across_runs()
    {
        static IEnumerable<string> Uids() => Ical.Net.Calendar.Load(CalendarIcs.Write(SessionCalendar.Build(TestProfiles.Profile), TestProfiles.Profile))!
            .Events.Select(e => e.Uid!).Order();

        CollectionAssert.AreEqual(Uids().ToList(), Uids().ToList());
    }
}
