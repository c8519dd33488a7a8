using DoiThoai.Reports.Scheduling;
using NodaTime;

namespace DoiThoai.Reports.Tests.Scheduling;

[TestClass]
public sealed class VietnameseDatesTest
{
    [TestMethod]
    [DataRow(2023, 2, 5, "Bắc Hà, ngày 05 tháng 02 năm 2023")]
    [DataRow(2023, 1, 5, "Bắc Hà, ngày 05 tháng 01 năm 2023")]
    [DataRow(2023, 2, 28, "Bắc Hà, ngày 28 tháng 02 năm 2023")]
    [DataRow(2023, 3, 28, "Bắc Hà, ngày 28 tháng 3 năm 2023")]
    [DataRow(2022, 12, 9, "Bắc Hà, ngày 09 tháng 12 năm 2022")]
    public void Place_date_line_follows_the_leading_zero_rule(int y, int m, int d, string expected) =>
        Assert.AreEqual(expected, VietnameseDates.PlaceDateLine("Bắc Hà", new LocalDate(y, m, d)));

    [TestMethod]
    public void Weekdays_and_times_are_written_as_the_decree_writes_them()
    {
        Assert.AreEqual("Thứ Sáu 28/10/2022 14:00", VietnameseDates.DayDateTime(new LocalDateTime(2022, 10, 28, 14, 0)));
        Assert.AreEqual("Chủ nhật 27/11/2022", VietnameseDates.DayAndDate(new LocalDate(2022, 11, 27)));
        Assert.AreEqual("19 giờ 45 phút", VietnameseDates.FormalTime(new LocalTime(19, 45)));
        Assert.AreEqual("14 giờ", VietnameseDates.FormalTime(new LocalTime(14, 0)));
    }
}
