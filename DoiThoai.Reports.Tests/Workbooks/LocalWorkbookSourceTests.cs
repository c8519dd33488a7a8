using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

[TestClass]
public sealed class LocalWorkbookSourceTests
{
    private static List<SheetRow> Read(string path) => new LocalWorkbookSource(path).ReadRows().ToList();

    private static SheetCell CellAt(List<SheetRow> rows, int rowNumber, int column) =>
        rows.Single(r => r.RowNumber == rowNumber).Cells.Single(c => c.Column == column);

    [TestMethod]
    public void Reads_shared_inline_rich_and_formula_strings()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("a.xlsx");
        XlsxFixture.WriteSheet(path, """
            <row r="1">
              <c r="A1" t="s"><v>0</v></c>
              <c r="B1" t="inlineStr"><is><t>nội tuyến</t></is></c>
              <c r="C1" t="s"><v>1</v></c>
              <c r="D1" t="str"><f>A1&amp;"x"</f><v>tínhx</v></c>
              <c r="E1" t="inlineStr"><is><r><t>đậm </t></r><r><rPr><b/></rPr><t>và thường</t></r></is></c>
              <c r="F1" t="s"><v>2</v></c>
            </row>
            """, ["tính", "raw:<r><t>chữ </t></r><r><t>nhiều kiểu</t></r><rPh sb=\"0\" eb=\"1\"><t>PH</t></rPh>", "dòng_x000D_mới"]);

        var rows = Read(path);

        Assert.AreEqual("tính", CellAt(rows, 1, 0).Text);
        Assert.AreEqual("nội tuyến", CellAt(rows, 1, 1).Text);
        Assert.AreEqual("chữ nhiều kiểu", CellAt(rows, 1, 2).Text);
        Assert.AreEqual("tínhx", CellAt(rows, 1, 3).Text);
        Assert.AreEqual("đậm và thường", CellAt(rows, 1, 4).Text);
        Assert.AreEqual("dòng\rmới", CellAt(rows, 1, 5).Text);
    }

    [TestMethod]
    public void Reads_numbers_dates_booleans_and_errors_with_their_kinds()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("a.xlsx");
        XlsxFixture.WriteSheet(path, """
            <row r="2">
              <c r="A2"><v>44854</v></c>
              <c r="B2" s="1"><v>44854</v></c>
              <c r="C2" s="2"><v>44854.5</v></c>
              <c r="D2" s="3"><v>12.5</v></c>
              <c r="E2" t="b"><v>1</v></c>
              <c r="F2" t="e"><v>#N/A</v></c>
              <c r="G2" s="1"><f>TODAY()</f><v>44855</v></c>
              <c r="H2" s="1"/>
            </row>
            """);

        var rows = Read(path);

        Assert.AreEqual(new SheetCell(0, SheetCellKind.Number, null, 44854, false), CellAt(rows, 2, 0));
        Assert.AreEqual(new SheetCell(1, SheetCellKind.Number, null, 44854, true), CellAt(rows, 2, 1));
        Assert.IsTrue(CellAt(rows, 2, 2).IsDateFormatted);
        Assert.IsFalse(CellAt(rows, 2, 3).IsDateFormatted);
        Assert.AreEqual(SheetCellKind.Boolean, CellAt(rows, 2, 4).Kind);
        Assert.AreEqual(new SheetCell(5, SheetCellKind.Error, "#N/A"), CellAt(rows, 2, 5));
        Assert.AreEqual(44855, CellAt(rows, 2, 6).Number);
        Assert.AreEqual(7, rows.Single().Cells.Count, "the styled empty H2 holds nothing");
    }

    [TestMethod]
    public void Blank_rows_are_skipped_hidden_rows_flagged_and_missing_references_counted_on()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("a.xlsx");
        XlsxFixture.WriteSheet(path, """
            <row r="1"><c r="A1" t="inlineStr"><is><t>một</t></is></c></row>
            <row r="2"/>
            <row r="3" s="1" customFormat="1"><c r="A3" s="1"/></row>
            <row r="4" hidden="1"><c r="B4" t="inlineStr"><is><t>ẩn</t></is></c></row>
            <row><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>
            """);

        var rows = Read(path);

        CollectionAssert.AreEqual(new[] { 1, 4, 5 }, rows.Select(r => r.RowNumber).ToArray());
        Assert.IsTrue(rows[1].IsHidden);
        Assert.IsFalse(rows[0].IsHidden);
        CollectionAssert.AreEqual(new[] { 0, 1 }, rows[2].Cells.Select(c => c.Column).ToArray());
    }

    [TestMethod]
    public void A_merged_area_value_applies_to_its_cells()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("a.xlsx");
        XlsxFixture.WriteSheet(path, """
            <row r="2"><c r="A2" t="inlineStr"><is><t>10A1</t></is></c><c r="B2" t="inlineStr"><is><t>a</t></is></c></row>
            <row r="3"><c r="A3"/><c r="B3" t="inlineStr"><is><t>b</t></is></c></row>
            <row r="4"><c r="B4" t="inlineStr"><is><t>c</t></is></c></row>
            """, afterData: """<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>""");

        var rows = Read(path);

        Assert.AreEqual("10A1", CellAt(rows, 3, 0).Text);
        Assert.AreEqual("10A1", CellAt(rows, 4, 0).Text);
    }

    [TestMethod]
    public void The_1904_date_system_is_converted_to_1900_serials()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("a.xlsx");
        XlsxFixture.Write(path, [new FixtureSheet("KienNghi", """<sheetData><row r="1"><c r="A1" s="1"><v>43392</v></c></row></sheetData>""")], date1904: true);

        var rows = Read(path);

        Assert.AreEqual(44854, CellAt(rows, 1, 0).Number);
    }

    [TestMethod]
    [DataRow("KienNghi", null, "Khác", null, "KienNghi")]
    [DataRow("Trang1", null, "Trang2", "BangKienNghi", "Trang2")]
    [DataRow("Trang1", null, "Trang2", null, "Trang1")]
    public void The_sheet_is_found_by_name_then_by_table_then_first(string first, string? firstTable, string second, string? secondTable, string expected)
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("a.xlsx");
        XlsxFixture.Write(path, [
            new FixtureSheet(second == "KienNghi" ? second : first, $"""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{first}</t></is></c></row></sheetData>""", firstTable),
            new FixtureSheet(second == "KienNghi" ? first : second, $"""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{second}</t></is></c></row></sheetData>""", secondTable),
        ]);

        var source = new LocalWorkbookSource(path);
        var rows = source.ReadRows().ToList();

        Assert.AreEqual(expected, source.SheetName);
        Assert.AreEqual(expected, rows.Single().Cells.Single().Text);
    }

    [TestMethod]
    public async Task A_missing_file_and_a_non_xlsx_file_raise_WorkbookAccessException()
    {
        using var dir = new TemporaryDirectory();
        var notXlsx = dir.File("b.xlsx");
        await File.WriteAllTextAsync(notXlsx, "không phải zip");

        var missing = Assert.ThrowsExactly<WorkbookAccessException>(() => Read(dir.File("a.xlsx")));
        var corrupt = await Assert.ThrowsExactlyAsync<WorkbookAccessException>(async () =>
        {
            await foreach (var _ in new LocalWorkbookSource(notXlsx).ReadSubmissionRowsAsync())
            {
            }
        });

        StringAssert.Contains(missing.Message, "Không tìm thấy");
        StringAssert.Contains(corrupt.Message, "không phải sổ Excel");
    }
}
