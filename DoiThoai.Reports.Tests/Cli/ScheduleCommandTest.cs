using System.Text.Json;
using DoiThoai.Cli;
using DoiThoai.Reports.Tests.TestData;

namespace DoiThoai.Reports.Tests.Cli;

[TestClass]
public sealed class ScheduleCommandTest
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DoiThoaiCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [TestMethod]
    public void Table_shows_the_year_in_vietnamese_with_warnings_under_their_session()
    {
        var (exit, output, error) = Run("schedule");

        Assert.AreEqual(0, exit, error);
        StringAssert.Contains(output, "Thứ Sáu 28/10/2022 14:00");
        StringAssert.Contains(output, "Thứ Sáu 28/10/2022 19:45");
        var lines = output.Split('\n');
        var january = Array.FindIndex(lines, l => l.StartsWith("2023-01-day", StringComparison.Ordinal));
        StringAssert.Contains(lines[january + 1], "DEADLINE_NOT_BEFORE_SESSION");
        StringAssert.Contains(output, "Tổng: 18 buổi, 8 điểm cần lưu ý.");
    }

    [TestMethod]
    public void Json_and_ics_are_written_to_the_out_file()
    {
        var dir = Directory.CreateTempSubdirectory("doithoai-schedule-");
        try
        {
            var json = Path.Combine(dir.FullName, "lich.json");
            var ics = Path.Combine(dir.FullName, "sub", "lich.ics");

            Assert.AreEqual(0, Run("schedule", "--format", "json", "--out", json).Exit);
            Assert.AreEqual(0, Run("schedule", "--year", "2022-2023", "--format", "ics", "--out", ics).Exit);

            using var parsed = JsonDocument.Parse(File.ReadAllText(json));
            Assert.AreEqual(18, parsed.RootElement.GetProperty("sessions").GetArrayLength());
            Assert.AreEqual(45, Ical.Net.Calendar.Load(File.ReadAllText(ics))!.Events.Count);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void A_profile_file_replaces_the_bundled_one()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, TestProfiles.DefaultJson().Replace("\"Nhà đa năng\"", "\"Hội trường A\""));

            var (exit, output, _) = Run("schedule", "--school", file);

            Assert.AreEqual(0, exit);
            StringAssert.Contains(output, "Địa điểm: Hội trường A");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    [DataRow(new[] { "schedule", "--year", "2023-2024" }, "--year", DisplayName = "wrong year")]
    [DataRow(new[] { "schedule", "--format", "pdf" }, "lệnh không hợp lệ", DisplayName = "unknown format")]
    [DataRow(new[] { "schedule", "--school", "khong-co.json" }, "Không tìm thấy", DisplayName = "missing profile")]
    [DataRow(new[] { "lich" }, "lệnh không hợp lệ", DisplayName = "unknown command")]
    public void Bad_input_exits_2_with_one_vietnamese_line(string[] args, string expected)
    {
        var (exit, output, error) = Run(args);

        Assert.AreEqual(2, exit, output + error);
        StringAssert.Contains(error, expected);
        Assert.AreEqual(1, error.TrimEnd().Split('\n').Length, error);
        Assert.IsFalse(error.Contains("   at ", StringComparison.Ordinal), "no stack trace");
    }

    [TestMethod]
    public void A_bad_profile_names_its_faulty_field()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, TestProfiles.DefaultJson().Replace("\"19:45\"", "\"7 giờ tối\""));

            var (exit, _, error) = Run("schedule", "--school", file);

            Assert.AreEqual(2, exit);
            StringAssert.Contains(error, "$.cohorts[0].startTime");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
