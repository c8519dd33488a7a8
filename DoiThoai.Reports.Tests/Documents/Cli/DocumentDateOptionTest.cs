using DoiThoai.Cli;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Documents.Cli;

/// <summary>
/// <c>--date</c>, the date of the place-date line: a slip of the year or a report dated before the sessions it reports
/// is refused in Vietnamese; the minutes (Decree 30, form 1.9) have no place-date line and so no <c>--date</c>.
/// </summary>
[TestClass]
public sealed class DocumentDateOptionTest
{
    private static DirectoryInfo _dir = null!;
    private static string _workbook = null!;

    [ClassInitialize]
    public static void CreateSampleWorkbook(TestContext _)
    {
        _dir = Directory.CreateTempSubdirectory("doithoai-cli-date-");
        _workbook = Path.Combine(_dir.FullName, "so.xlsx");
        WorkbookTemplate.Create(_workbook, DocumentTestData.Profile, SampleSubmissions.Sample(DocumentTestData.Profile, DocumentTestData.Calendar));
    }

    [ClassCleanup]
    public static void Remove() => _dir.Delete(true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = DoiThoaiCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Output, string Error) Report(string date) =>
        Run("report", "--month", "2022-10", "--workbook", _workbook, "--date", date, "--out", Path.Combine(_dir.FullName, $"bc-{date.Replace('/', '-')}.docx"), "--force");

    [TestMethod]
    [DataRow("01/01/0001", "01/01/0001")]
    [DataRow("28/10/9999", "28/10/9999")]
    [DataRow("02/11/1922", "02/11/1922")]
    public void An_unreasonable_year_is_refused_as_such(string date, string shown)
    {
        var (code, _, error) = Report(date);
        Assert.AreEqual(DoiThoaiCommand.BadInput, code, error);
        StringAssert.Contains(error, $"Ngày {shown} không hợp lý");
    }

    [TestMethod]
    [DataRow("30/09/2022")]
    [DataRow("03/10/2022")]
    [DataRow("27/10/2022")]
    public void A_report_dated_before_the_month_s_last_session_is_refused(string date)
    {
        var (code, _, error) = Report(date);
        Assert.AreEqual(DoiThoaiCommand.BadInput, code, error);
        StringAssert.Contains(error, "buổi đối thoại cuối cùng của tháng 10/2022 (28/10/2022)");
    }

    [TestMethod]
    [DataRow("28/10/2022")]
    [DataRow("02/11/2022")]
    public void A_report_dated_on_or_after_the_last_session_is_written(string date)
    {
        var (code, output, error) = Report(date);
        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "Đã ghi: ");
    }

    [TestMethod]
    public void The_minutes_have_no_date_option_and_say_why()
    {
        var (code, help, _) = Run("minutes", "--help");
        Assert.AreEqual(0, code);
        Assert.DoesNotContain("--date", help);
        StringAssert.Contains(help, "không có dòng địa danh, ngày tháng");

        (code, _, var error) = Run("minutes", "--session", "2022-10-day", "--workbook", _workbook, "--date", "28/10/2022");
        Assert.AreEqual(DoiThoaiCommand.BadInput, code);
        StringAssert.Contains(error, "'--date'");

        (_, help, _) = Run("digest", "--help");
        StringAssert.Contains(help, "--date");
        (_, help, _) = Run("report", "--help");
        StringAssert.Contains(help, "--date");
    }
}
