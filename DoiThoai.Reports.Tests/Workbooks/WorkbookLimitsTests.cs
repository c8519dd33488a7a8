using DoiThoai.Cli;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.Validation;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>
/// The reader within <see cref="WorkbookLimits"/>: over-long text kept to Excel's limit with its real length, values
/// that cannot be read reported as such, findings and rows capped with counts, other sheets with submission rows
/// reported, and cell text that cannot forge lines of the text output.
/// </summary>
[TestClass]
public sealed class WorkbookLimitsTests
{
    private static readonly string HeaderCells = string.Concat(WorkbookLayout.Columns.Select((c, i) =>
        $"<c r=\"{CellAddress.Of(i, 1)}\" t=\"inlineStr\"><is><t>{c.Header}</t></is></c>"));

    private static string HeaderRow(int row = 1) => $"<row r=\"{row}\">{HeaderCells.Replace("1\"", $"{row}\"", StringComparison.Ordinal)}</row>";

    private static Task<WorkbookReadResult> CheckAsync(IWorkbookSource source) =>
        SubmissionSheetReader.ReadAsync(source, TestProfiles.Profile, TestProfiles.Calendar);

    private static SheetRow Header() =>
        new(1, [.. WorkbookLayout.Columns.Select((c, i) => new SheetCell(i, SheetCellKind.Text, c.Header))]);

    [TestMethod]
    public async Task A_text_longer_than_Excel_allows_is_kept_to_the_limit_and_reported_with_its_real_length()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("dai.xlsx");
        XlsxFixture.WriteSheet(path, HeaderRow() + $"""
            <row r="2"><c r="A2" t="inlineStr"><is><t>KN-1</t></is></c><c r="E2" t="s"><v>0</v></c><c r="F2" t="inlineStr"><is><t>{new string('n', 5_000_000)}</t></is></c></row>
            """, [new string('c', 40_000)]);

        var row = new LocalWorkbookSource(path).ReadRows().Single(r => r.RowNumber == 2);
        var content = row.Cells.Single(c => c.Column == 5);
        var topic = row.Cells.Single(c => c.Column == 4);
        var result = await CheckAsync(new LocalWorkbookSource(path));

        Assert.AreEqual(WorkbookLimits.MaxCellText + 1, content.Text!.Length, "only the limit and one more character are held");
        Assert.AreEqual(5_000_000, content.TextLength);
        Assert.AreEqual(40_000, topic.TextLength);
        var tooLong = result.Findings.Where(f => f.Code == FindingCodes.TextTooLong).ToDictionary(f => f.Cell, f => f.Message);
        Assert.Contains($"{5_000_000:N0}", tooLong["F2"]);
        Assert.Contains($"{40_000:N0}", tooLong["E2"]);
        Assert.AreEqual(1, result.Rejected);
    }

    [TestMethod]
    public async Task Values_that_cannot_be_read_are_reported_unreadable_at_their_cell_never_as_empty()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("khong-doc-duoc.xlsx");
        XlsxFixture.WriteSheet(path, HeaderRow() + """
            <row r="2">
              <c r="A2" t="inlineStr"><is><t>KN-1</t></is></c>
              <c r="B2" s="1"><v>hôm qua</v></c>
              <c r="C2" t="x"><v>1</v></c>
              <c r="E2" t="s"><v>99</v></c>
              <c r="F2" t="inlineStr"><is><t>Nội dung</t></is></c>
              <c r="H2" t="b"><v>có lẽ</v></c>
              <c r="K2" t="e"><f>A1/0</f><v>#REF!</v></c>
            </row>
            """, ["chỉ một chuỗi"]);

        var result = await CheckAsync(new LocalWorkbookSource(path));
        var byCell = result.Findings.ToLookup(f => f.Cell, f => f.Code);

        foreach (var cell in new[] { "B2", "C2", "E2", "H2" })
        {
            CollectionAssert.AreEqual(new[] { FindingCodes.UnreadableCell }, byCell[cell].ToArray(), $"{cell}: {string.Join("; ", result.Findings)}");
            Assert.Contains("không đọc được", result.Findings.First(f => f.Cell == cell).Message);
        }

        CollectionAssert.AreEqual(new[] { FindingCodes.ErrorCell }, byCell["K2"].ToArray());
        Assert.Contains("#REF!", result.Findings.First(f => f.Cell == "K2").Message);
        Assert.IsFalse(result.Findings.Any(f => f.Code is FindingCodes.EmptyValue or FindingCodes.EmptyContent && f.Cell is "B2" or "C2" or "E2" or "H2" or "K2"));
    }

    [TestMethod]
    public async Task Findings_beyond_the_first_of_each_code_are_counted_not_kept()
    {
        const int rows = 1_000;
        var sheet = new List<SheetRow> { Header() };
        for (var i = 2; i < rows + 2; i++)
        {
            sheet.Add(new SheetRow(i, [new SheetCell(0, SheetCellKind.Text, $"KN-{i}"), new SheetCell(4, SheetCellKind.Text, "chủ đề lạ")]));
        }

        var result = await CheckAsync(new InMemoryWorkbookSource(sheet));

        Assert.AreEqual(rows, result.Rejected);
        foreach (var code in new[] { FindingCodes.UnknownTopic, FindingCodes.EmptyContent })
        {
            Assert.AreEqual(WorkbookLimits.MaxFindingsPerCode, result.Findings.Count(f => f.Code == code), code);
            Assert.AreEqual(rows - WorkbookLimits.MaxFindingsPerCode, result.OmittedFindings.Single(o => o.Code == code).Count, code);
        }

        Assert.IsTrue(result.Findings.Where(f => f.Code == FindingCodes.UnknownTopic).Select(f => f.RowNumber).SequenceEqual(Enumerable.Range(2, WorkbookLimits.MaxFindingsPerCode)), "the first ones are kept");
        var perRow = result.Findings.Count(f => f.RowNumber == 2);
        Assert.AreEqual(perRow * rows, result.ErrorCount, "the counts include what was left out");
    }

    [TestMethod]
    public async Task Rows_beyond_the_row_cap_are_counted_and_reported_not_parsed()
    {
        var sheet = new List<SheetRow>(WorkbookLimits.MaxDataRows + 10) { Header() };
        for (var i = 2; i < WorkbookLimits.MaxDataRows + 9; i++)
        {
            sheet.Add(new SheetRow(i, [new SheetCell(0, SheetCellKind.Text, "x")]));
        }

        var result = await CheckAsync(new InMemoryWorkbookSource(sheet));

        Assert.AreEqual(WorkbookLimits.MaxDataRows, result.RowsRead);
        Assert.AreEqual(7, result.RowsNotRead);
        var stop = result.Findings.Single(f => f.Code == FindingCodes.TooManyRows);
        Assert.AreEqual($"A{WorkbookLimits.MaxDataRows + 2}", stop.Cell);
        Assert.AreEqual(FindingSeverity.Error, stop.Severity);
        Assert.AreEqual(result.RowsRead, result.Accepted + result.Rejected);
        Assert.AreEqual(result.Rejected + 7, result.LeftOut, "documents say the unchecked rows are left out too");
    }

    [TestMethod]
    public async Task Text_beyond_what_may_be_kept_stops_the_read_with_an_error()
    {
        var content = new string('y', 30_000);
        var sheet = new List<SheetRow> { Header() };
        for (var i = 2; i < 3_000; i++)
        {
            sheet.Add(new SheetRow(i, [new SheetCell(0, SheetCellKind.Text, $"KN-{i}"), new SheetCell(5, SheetCellKind.Text, content)]));
        }

        var result = await CheckAsync(new InMemoryWorkbookSource(sheet));

        var stop = result.Findings.Single(f => f.Code == FindingCodes.TooMuchText);
        Assert.IsGreaterThan(0, result.RowsNotRead);
        Assert.AreEqual(sheet.Count - 1, result.RowsRead + result.RowsNotRead);
        Assert.IsLessThanOrEqualTo(WorkbookLimits.MaxKeptTextChars + 31_000L, (long)result.RejectedRows.Sum(r => r.Content!.Length));
        Assert.AreEqual(stop.RowNumber, result.RejectedRows[^1].RowNumber + 1);
    }

    [TestMethod]
    public async Task Another_sheet_with_the_submissions_header_and_rows_is_reported_with_its_count()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("hai-trang.xlsx");
        var row = (int n) => $"<row r=\"{n}\"><c r=\"A{n}\" t=\"inlineStr\"><is><t>KN-{n}</t></is></c></row>";
        XlsxFixture.Write(path, [
            new FixtureSheet("KienNghi", $"<sheetData>{HeaderRow()}{row(2)}</sheetData>"),
            new FixtureSheet("Bản sao", $"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Sổ tháng 10</t></is></c></row>{HeaderRow(2)}{row(3)}{row(4)}{row(6)}</sheetData>"),
            new FixtureSheet("Chỉ tiêu đề", $"<sheetData>{HeaderRow()}</sheetData>"),
            new FixtureSheet("DanhMuc", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Học tập</t></is></c></row></sheetData>"),
        ]);

        var result = await CheckAsync(new LocalWorkbookSource(path));

        var other = result.Findings.Single(f => f.Code == FindingCodes.OtherSheetRows);
        Assert.AreEqual("Bản sao", other.Sheet);
        Assert.AreEqual("A2", other.Cell);
        Assert.AreEqual(FindingSeverity.Warning, other.Severity);
        Assert.Contains("3 dòng", other.Message);
        Assert.AreEqual(1, result.RowsRead, "the other sheet's rows are reported, not read");
    }

    [TestMethod]
    public void Cell_text_with_line_breaks_cannot_forge_lines_of_the_check_output()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("gia-mao.xlsx");
        XlsxFixture.WriteSheet(path, HeaderRow() + """
            <row r="2"><c r="A2" t="inlineStr"><is><t>KN-1</t></is></c><c r="E2" t="inlineStr"><is><t xml:space="preserve">Học&#10;KienNghi!Z98     Lỗi      giả mạo một&#13;KienNghi!Z99     Lỗi      giả hai&#x2028;KienNghi!Z97 ba&#x85;KienNghi!Z96 bốn</t></is></c></row>
            """);

        using var output = new StringWriter();
        var exit = DoiThoaiCommand.Run(["workbook", "check", "--workbook", path], output, new StringWriter());
        var lines = output.ToString().Split('\n');

        Assert.AreEqual(1, exit);
        Assert.IsFalse(lines.Any(l => l.TrimStart().StartsWith("KienNghi!Z", StringComparison.Ordinal)), output.ToString());
        var topic = lines.Single(l => l.StartsWith("KienNghi!E2", StringComparison.Ordinal));
        Assert.Contains("⏎", topic);
    }

    [TestMethod]
    public void One_line_text_shows_every_line_break_and_blanks_terminal_controls()
    {
        Assert.AreEqual("a ⏎ b ⏎ c ⏎ d ⏎ e", UntrustedText.OneLine("a\nb\r\nc\u2028d\u0085e"));
        Assert.AreEqual("x y z w", UntrustedText.OneLine("x\ty\u009bz\u007fw"));
        Assert.AreEqual("bình thường", UntrustedText.OneLine("bình thường"));
    }
}
