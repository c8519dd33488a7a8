using System.Diagnostics;
using System.Text.RegularExpressions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Tests.Workbooks;

namespace DoiThoai.Reports.Tests.Cli;

/// <summary>
/// <c>doithoai workbook check</c> on workbooks built to hurt (a 1.5 GB cell in a small file, millions of rows or shared
/// strings, huge tags, overlapping merges, a FIFO for a file), each run as a child process limited to a 300 MB heap:
/// the answer must be a defined exit code and a Vietnamese message naming the problem, never a crash, a .NET stack
/// trace or a wait without end.
/// </summary>
[TestClass]
public sealed class HostileWorkbookCliTests
{
    /// <summary>300 MB: the memory goal of the issue, as a hard limit of the child's heap.</summary>
    private static readonly Dictionary<string, string> SmallMachine = new() { ["DOTNET_GCHeapHardLimit"] = "0x12C00000" };

    private static async Task<(int Exit, string Output, string Error)> CheckAsync(string path, params string[] more)
    {
        using var process = CliProcess.StartWithEnvironment(SmallMachine, ["workbook", "check", "--workbook", path, .. more]);
        return await process.WaitAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>A defined exit code, the fragments in Vietnamese text, and no sign of a crash.</summary>
    private static void AssertAnswered((int Exit, string Output, string Error) run, int exit, params string[] fragments)
    {
        var all = run.Output + run.Error;
        Assert.IsFalse(run.Exit is 134 or 137 or 139, $"crashed ({run.Exit}): {Tail(all)}");
        Assert.DoesNotContain("Unhandled exception", all, Tail(all));
        StringAssert.DoesNotMatch(all, new Regex(@"^\s+at \S", RegexOptions.Multiline), "a .NET stack trace: " + Tail(all));
        Assert.DoesNotContain("Exception", all, Tail(all));
        Assert.AreEqual(exit, run.Exit, Tail(all));
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, all, Tail(all));
        }
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : text[..1500] + " … " + text[^1500..];

    [TestMethod]
    public async Task A_shared_string_of_1_5_GB_in_a_small_file_is_refused_by_name_not_out_of_memory()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("o-1-5-gb.xlsx");
        new HostileXlsx()
            .SharedStrings(w =>
            {
                w.Write("<si><t>");
                HostileXlsx.Repeat(w, 'x', 1_500_000_000);
                w.Write("</t></si>");
            })
            .Sheet("KienNghi", w => w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"F2\" t=\"s\"><v>0</v></c></row>"))
            .Write(path);
        Assert.IsLessThan(5L * 1024 * 1024, new FileInfo(path).Length, "the hostile file itself is small");

        AssertAnswered(await CheckAsync(path), 2, "xl/sharedStrings.xml", "giải nén", "quá giới hạn");
    }

    [TestMethod]
    public async Task An_inline_cell_of_1_5_GB_is_refused_by_the_sheet_bound()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("o-noi-tuyen.xlsx");
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"F2\" t=\"inlineStr\"><is><t>");
                HostileXlsx.Repeat(w, 'x', 1_500_000_000);
                w.Write("</t></is></c></row>");
            })
            .Write(path);

        AssertAnswered(await CheckAsync(path), 2, "xl/worksheets/sheet1.xml", "quá giới hạn");
    }

    [TestMethod]
    public async Task A_cell_of_50_million_characters_within_the_bounds_is_reported_too_long_at_its_cell()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("o-50-trieu.xlsx");
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>KN-1</t></is></c><c r=\"F2\" t=\"inlineStr\"><is><t>");
                HostileXlsx.Repeat(w, 'x', 50_000_000);
                w.Write("</t></is></c></row>");
            })
            .Write(path);

        var run = await CheckAsync(path, "--format", "json");
        AssertAnswered(run, 1, "\"TEXT_TOO_LONG\"", "\"KienNghi!F2\"");
        StringAssert.Matches(run.Output, new Regex(@"50[.,\u00a0 ]?000[.,\u00a0 ]?000"), "the message gives the cell's real length");
    }

    [TestMethod]
    public async Task Tens_of_millions_of_tiny_rows_are_refused_before_any_is_read()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("hang-chuc-trieu-dong.xlsx");
        TinyRows(12_000_000).Write(path);
        Assert.IsLessThan(10L * 1024 * 1024, new FileInfo(path).Length);

        AssertAnswered(await CheckAsync(path), 2, "xl/worksheets/sheet1.xml", "quá giới hạn");
    }

    [TestMethod]
    public async Task A_zip_that_understates_a_parts_size_is_read_no_further_than_it_says()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("khai-gian.xlsx");
        TinyRows(12_000_000).Write(path);
        HostileXlsx.Understate(path, "xl/worksheets/sheet1.xml", 1 << 20);

        // Inflated only as far as the 1 MB declared, the sheet's XML ends midway: a damaged file, said so.
        AssertAnswered(await CheckAsync(path), 2, "không phải sổ Excel (.xlsx) hợp lệ");
    }

    [TestMethod]
    public async Task Rows_numbered_past_Excels_last_row_stop_the_read_at_that_cell_after_the_row_cap()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("qua-1048576-dong.xlsx");
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                w.Write(HostileXlsx.HeaderRow);
                for (var i = 2; i <= WorkbookLimits.MaxRows + 5; i++)
                {
                    w.Write("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
                }
            })
            .Write(path);

        AssertAnswered(await CheckAsync(path), 2, "KienNghi!A1048577", "1");
    }

    [TestMethod]
    public async Task Three_hundred_thousand_broken_rows_print_the_first_findings_of_each_code_and_count_the_rest()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("nhieu-loi.xlsx");
        const int rows = 300_000;
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                w.Write(HostileXlsx.HeaderRow);
                for (var i = 2; i < rows + 2; i++)
                {
                    w.Write($"<row r=\"{i}\"><c r=\"A{i}\" t=\"inlineStr\"><is><t>KN-{i}</t></is></c><c r=\"E{i}\" t=\"inlineStr\"><is><t>chủ đề lạ</t></is></c></row>");
                }
            })
            .Write(path);

        var run = await CheckAsync(path);
        AssertAnswered(run, 1, "... và", "không được kiểm tra", $"{WorkbookLimits.MaxDataRows:N0}");
        var lines = run.Output.Split('\n');
        Assert.IsLessThan(5_000, lines.Length, "findings are capped per code");
        Assert.AreEqual(WorkbookLimits.MaxFindingsPerCode, lines.Count(l => l.Contains("không có trong danh mục chủ đề", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Cells_and_rows_beyond_Excels_grid_are_errors_naming_the_cell()
    {
        using var dir = new TemporaryDirectory();
        var row = dir.File("dong.xlsx");
        var column = dir.File("cot.xlsx");
        new HostileXlsx().Sheet("KienNghi", w => w.Write(HostileXlsx.HeaderRow + "<row r=\"99999999999\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>")).Write(row);
        new HostileXlsx().Sheet("KienNghi", w => w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"XFE2\" t=\"inlineStr\"><is><t>x</t></is></c></row>")).Write(column);

        AssertAnswered(await CheckAsync(row), 2, "KienNghi!A99999999999", "giới hạn");
        AssertAnswered(await CheckAsync(column), 2, "KienNghi!XFE2", "XFD");
    }

    [TestMethod]
    public async Task Millions_of_tiny_shared_strings_are_refused()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("chuoi.xlsx");
        new HostileXlsx()
            .SharedStrings(w =>
            {
                for (var i = 0; i <= WorkbookLimits.MaxSharedStrings; i++)
                {
                    w.Write("<si><t>a</t></si>");
                }
            })
            .Sheet("KienNghi", w => w.Write(HostileXlsx.HeaderRow))
            .Write(path);

        AssertAnswered(await CheckAsync(path), 2, "chuỗi dùng chung", "quá giới hạn");
    }

    [TestMethod]
    public async Task A_tag_of_megabytes_is_refused_not_held()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("the-dai.xlsx");
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                // '>' inside the quoted value must not end the tag for the bound.
                w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"");
                for (var i = 0; i < 300_000; i++)
                {
                    w.Write("1>1>1>1");
                }

                w.Write("\"><v>1</v></c></row>");
            })
            .Write(path);

        AssertAnswered(await CheckAsync(path), 2, "thẻ XML");
    }

    [TestMethod]
    public async Task Overlapping_merged_areas_are_refused_rather_than_multiplied()
    {
        using var dir = new TemporaryDirectory();
        var overlapping = dir.File("gop-chong.xlsx");
        var many = dir.File("gop-nhieu.xlsx");
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                w.Write(HostileXlsx.HeaderRow);
                for (var i = 2; i <= 7_000; i++)
                {
                    w.Write($"<row r=\"{i}\"><c r=\"A{i}\"><v>{i}</v></c></row>");
                }

                w.Write(HostileXlsx.AfterData + "<mergeCells>");
                for (var i = 0; i < 2_000; i++)
                {
                    w.Write("<mergeCell ref=\"A2:N7000\"/>");
                }

                w.Write("</mergeCells>");
            })
            .Write(overlapping);
        new HostileXlsx()
            .Sheet("KienNghi", w =>
            {
                w.Write(HostileXlsx.HeaderRow + HostileXlsx.AfterData + "<mergeCells>");
                for (var i = 0; i <= WorkbookLimits.MaxMergedAreas; i++)
                {
                    w.Write($"<mergeCell ref=\"P{i + 2}:Q{i + 2}\"/>");
                }

                w.Write("</mergeCells>");
            })
            .Write(many);

        AssertAnswered(await CheckAsync(overlapping), 2, "ô gộp", "chồng");
        AssertAnswered(await CheckAsync(many), 2, "ô gộp", "quá giới hạn");
    }

    [TestMethod]
    public async Task Thousands_of_sheets_cost_a_bounded_number_of_looks()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("nhieu-trang.xlsx");
        var workbook = new HostileXlsx().Sheet("KienNghi", w => w.Write(HostileXlsx.HeaderRow));
        for (var i = 1; i <= 3_000; i++)
        {
            // Each a copy of the sheet with one submission row: only the first ones are looked into.
            workbook.Sheet($"Trang{i}", w => w.Write(HostileXlsx.HeaderRow + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>KN-1</t></is></c></row>"));
        }

        workbook.Write(path);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await CheckAsync(path, "--format", "json");

        AssertAnswered(run, 0, "\"OTHER_SHEET_ROWS\"", "Trang1");
        Assert.AreEqual(WorkbookLimits.MaxOtherSheets, Regex.Count(run.Output, "\"OTHER_SHEET_ROWS\""));
        Console.WriteLine($"3,000 sheets: {started.Elapsed.TotalSeconds:0.0} s");
    }

    [TestMethod]
    public async Task A_fifo_a_device_or_a_folder_as_the_workbook_is_refused_at_once()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Inconclusive("FIFOs and /dev are Unix things.");
        }

        using var dir = new TemporaryDirectory();
        var fifo = dir.File("ong.xlsx");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.AreEqual(0, mkfifo.ExitCode);
        }

        // Nothing ever writes to the FIFO: a reader that opened it would wait for ever (the wait fails the test).
        foreach (var path in new[] { fifo, "/dev/zero", "/dev/stdin", dir.Path })
        {
            using var process = CliProcess.StartWithEnvironment(SmallMachine, "workbook", "check", "--workbook", path);
            var run = await process.WaitAsync(TimeSpan.FromSeconds(60));
            AssertAnswered(run, 2, path);
            Assert.IsTrue(run.Error.Contains("không phải tệp thường", StringComparison.Ordinal) || run.Error.Contains("thư mục", StringComparison.Ordinal), run.Error);
        }
    }

    // The submissions header and then rows of one tiny cell: millions of them compress to well under a megabyte.
    private static HostileXlsx TinyRows(int count) => new HostileXlsx().Sheet("KienNghi", w =>
    {
        w.Write(HostileXlsx.HeaderRow);
        for (var i = 0; i < count; i++)
        {
            w.Write("<row><c><v>1</v></c></row>");
        }
    });
}
