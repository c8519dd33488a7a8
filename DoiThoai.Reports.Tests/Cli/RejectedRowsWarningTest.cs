using DoiThoai.Cli;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Cli;

/// <summary>A document made from a workbook with faulty rows says how many rows it left out: nothing is lost silently.</summary>
[TestClass]
public sealed class RejectedRowsWarningTest
{
    [TestMethod]
    public void Minutes_say_how_many_faulty_rows_were_left_out()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("so.xlsx");
        var sample = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 30).ToList();
        sample[3] = sample[3] with { Topic = "Học phí ngoài danh mục" };
        WorkbookTemplate.Create(path, TestProfiles.Profile, sample);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = DoiThoaiCommand.Run(["minutes", "--session", "2022-09-day", "--workbook", path, "--out", directory.File("bb.docx")], output, error);

        Assert.AreEqual(0, code, error.ToString());
        StringAssert.Contains(error.ToString(), "Cảnh báo: 1 dòng");
        StringAssert.Contains(error.ToString(), "doithoai workbook check");
    }
}
