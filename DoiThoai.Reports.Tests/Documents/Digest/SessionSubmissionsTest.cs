using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Digest;

[TestClass]
public sealed class SessionSubmissionsTest
{
    [TestMethod]
    [DataRow(26, null, null, false)]
    [DataRow(27, null, null, false)]
    [DataRow(27, 14, 59, false)]
    [DataRow(27, 15, 0, false)]
    [DataRow(27, 15, 1, true)]
    [DataRow(28, 8, 0, true)]
    public void Late_means_after_15_00_on_the_27th(int day, int? hour, int? minute, bool late)
    {
        var submission = DocumentTestData.Make("2022-10-050", "10A1", "Khác", "x",
            receivedOn: new LocalDate(2022, 10, day), receivedAt: hour is { } h ? new LocalTime(h, minute!.Value) : null);
        Assert.AreEqual(late, SessionSubmissions.IsLate(submission, DocumentTestData.DaySession));
    }

    [TestMethod]
    public void Session_takes_its_cohort_and_month_only()
    {
        var ids = SessionSubmissions.For(DocumentTestData.BoardingSession, DocumentTestData.October2022()).Select(s => s.Id).ToList();
        CollectionAssert.AreEqual(new[] { "2022-10-006", "2022-10-007" }, ids);
    }
}
