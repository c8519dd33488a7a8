using System.Text.Json;
using DoiThoai.Cli;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Cli;

[TestClass]
public sealed class WorkbookCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = DoiThoaiCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [TestMethod]
    public void Init_creates_a_sample_workbook_that_check_accepts_with_exit_0()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("so.xlsx");

        var init = Run("workbook", "init", "--out", path, "--sample");
        var check = Run("workbook", "check", "--workbook", path);

        Assert.AreEqual(0, init.Exit, init.Error);
        Assert.IsTrue(File.Exists(path));
        Assert.AreEqual(0, check.Exit, check.Error);
        StringAssert.Contains(check.Output, "150 hợp lệ, 0 bị loại");
        StringAssert.Contains(check.Output, "Không có lỗi");
    }

    [TestMethod]
    public void Init_refuses_to_overwrite_without_force()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("so.xlsx");
        File.WriteAllText(path, "sổ đang dùng");

        var refused = Run("workbook", "init", "--out", path);
        var forced = Run("workbook", "init", "--out", path, "--rows", "3", "--force");

        Assert.AreEqual(2, refused.Exit);
        StringAssert.Contains(refused.Error, "--force");
        Assert.AreEqual(0, forced.Exit, forced.Error);
        Assert.AreEqual(4, new LocalWorkbookSource(path).ReadRows().Count());
    }

    [TestMethod]
    public void Check_exits_1_with_errors_and_json_lists_them_with_addresses_and_counts()
    {
        using var dir = new TemporaryDirectory();
        var header = string.Join("", WorkbookLayout.Columns.Select((c, i) => $"""<c r="{CellAddress.Of(i, 1)}" t="inlineStr"><is><t>{c.Header}</t></is></c>"""));
        var bad = dir.File("bad.xlsx");
        XlsxFixture.WriteSheet(bad, $"""
            <row r="1">{header}</row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>X-1</t></is></c><c r="B2" t="e"><v>#N/A</v></c></row>
            """);

        var text = Run("workbook", "check", "--workbook", bad);
        var json = Run("workbook", "check", "--workbook", bad, "--format", "json");

        Assert.AreEqual(1, text.Exit);
        StringAssert.Contains(text.Output, "KienNghi!B2");
        StringAssert.Contains(text.Output, "Lỗi");
        Assert.AreEqual(1, json.Exit);
        using var document = JsonDocument.Parse(json.Output);
        var counts = document.RootElement.GetProperty("counts");
        Assert.AreEqual(1, counts.GetProperty("rowsRead").GetInt32());
        Assert.AreEqual(1, counts.GetProperty("rejected").GetInt32());
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.IsTrue(findings.Any(f => f.GetProperty("address").GetString() == "KienNghi!B2" && f.GetProperty("code").GetString() == "ERROR_CELL" && f.GetProperty("severity").GetString() == "error"));
    }

    [TestMethod]
    public void Check_exits_2_for_a_missing_file_a_non_xlsx_file_and_no_source()
    {
        using var dir = new TemporaryDirectory();
        var text = dir.File("notes.xlsx");
        File.WriteAllText(text, "không phải Excel");

        var missing = Run("workbook", "check", "--workbook", dir.File("none.xlsx"));
        var notXlsx = Run("workbook", "check", "--workbook", text);
        var none = Run("workbook", "check");
        var badFormat = Run("workbook", "check", "--workbook", text, "--format", "xml");

        Assert.AreEqual(2, missing.Exit);
        StringAssert.Contains(missing.Error, "Không tìm thấy");
        Assert.AreEqual(2, notXlsx.Exit);
        StringAssert.Contains(notXlsx.Error, "không phải sổ Excel");
        Assert.AreEqual(2, none.Exit);
        StringAssert.Contains(none.Error, "--workbook");
        Assert.AreEqual(2, badFormat.Exit);
    }
}
