using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Workbooks;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>
/// The writer rewrites the sheet as a stream: what it changes (answers, new rows, their styles, the table, formulas
/// that became text) and what it must leave exactly as it was, in workbooks it made and in ones other programs made.
/// </summary>
[TestClass]
public sealed class LocalWorkbookWriterStreamingTests
{
    private static readonly string Header = string.Join("", WorkbookLayout.Columns.Select((c, i) => $"""<c r="{CellAddress.Of(i, 1)}" t="inlineStr"><is><t>{c.Header}</t></is></c>"""));

    private static Submission OnTheSpot(string id, LocalTime? at) => new()
    {
        Id = id,
        ReceivedOn = new LocalDate(2022, 10, 28),
        ReceivedAt = at,
        Cohort = Cohort.Day,
        ClassOrRoom = "11A2",
        Topic = "Khác",
        Content = "Câu hỏi tại buổi " + id,
        Channel = SubmissionChannel.Direct,
        SessionMonth = new YearMonth(2022, 10),
        Status = SubmissionStatus.New,
    };

    private static async Task<WriteBackResult> Commit(string path, WriteBatch batch)
    {
        await using var transaction = await new LocalWorkbookStore(path).BeginAsync();
        var result = await transaction.CommitAsync(batch);
        Assert.IsTrue(result.Succeeded, string.Join("; ", result.Failed));
        return result;
    }

    /// <summary>The number format code of the cell at <paramref name="reference"/> on the submissions sheet.</summary>
    private static string FormatOf(string path, string reference)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.First(p => p.Worksheet.Descendants<Cell>().Any(c => c.CellReference == reference));
        var cell = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return workbook.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin {id}";
    }

    private static void AssertValid(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    private static string EntryText(string path, string entry)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [TestMethod]
    public async Task A_new_row_with_a_time_gets_the_date_and_time_style_and_one_without_the_date_style()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("so.xlsx");
        WorkbookTemplate.Create(path, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 3));

        await Commit(path, new WriteBatch([], [OnTheSpot("2022-10-901", new LocalTime(14, 45)), OnTheSpot("2022-10-902", null), OnTheSpot("2022-10-903", new LocalTime(15, 5))]));

        Assert.AreEqual("dd/mm/yyyy hh:mm", FormatOf(path, "B5"));
        Assert.AreEqual("dd/mm/yyyy", FormatOf(path, "B6"));
        Assert.AreEqual("dd/mm/yyyy hh:mm", FormatOf(path, "B7"));
        var read = (await SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(path), TestProfiles.Profile, TestProfiles.Calendar)).Submissions.ToDictionary(s => s.Id);
        Assert.AreEqual(new LocalTime(14, 45), read["2022-10-901"].ReceivedAt);
        Assert.IsNull(read["2022-10-902"].ReceivedAt);
        AssertValid(path);
    }

    [TestMethod]
    public async Task In_another_programs_workbook_a_timed_row_below_a_date_only_row_gets_a_new_style_made_once()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("khac.xlsx");

        // Fixture style 1 is the built-in date (14) and style 4 is text; no date-and-time style looks like style 1.
        XlsxFixture.WriteSheet(path, $"""
            <row r="1">{Header}</row>
            <row r="2"><c r="A2" s="4" t="inlineStr"><is><t>2022-10-001</t></is></c><c r="B2" s="1"><v>44855</v></c></row>
            """);
        int CellFormats()
        {
            using var document = SpreadsheetDocument.Open(path, false);
            return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Count();
        }

        var before = CellFormats();
        await Commit(path, new WriteBatch([], [OnTheSpot("2022-10-901", new LocalTime(14, 45))]));
        await Commit(path, new WriteBatch([], [OnTheSpot("2022-10-902", new LocalTime(16, 0))]));

        Assert.AreEqual("dd/mm/yyyy hh:mm", FormatOf(path, "B3"));
        Assert.AreEqual("dd/mm/yyyy hh:mm", FormatOf(path, "B4"));
        Assert.AreEqual(before + 1, CellFormats(), "the new style is made once and found again");

        // Without a time below a timed row, then with one again: each kind is made once, copying the original style.
        await Commit(path, new WriteBatch([], [OnTheSpot("2022-10-903", null), OnTheSpot("2022-10-904", new LocalTime(8, 0)), OnTheSpot("2022-10-905", null)]));
        Assert.AreEqual("dd/mm/yyyy", FormatOf(path, "B5"));
        Assert.AreEqual("dd/mm/yyyy hh:mm", FormatOf(path, "B6"));
        Assert.AreEqual("dd/mm/yyyy", FormatOf(path, "B7"));
        Assert.AreEqual(before + 2, CellFormats());
        StringAssert.Contains(EntryText(path, "xl/worksheets/sheet1.xml"), "<c r=\"A3\" s=\"4\" t=\"inlineStr\">", "the ID takes the style of the ID above");
        AssertValid(path);
    }

    [TestMethod]
    public async Task A_formula_listed_in_the_calculation_chain_drops_the_chain_and_a_shared_formulas_other_cells_keep_their_values()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("congthuc.xlsx");
        XlsxFixture.WriteSheet(path, $"""
            <row r="1">{Header}</row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>X-1</t></is></c><c r="M2" t="str"><f t="shared" ref="M2:M3" si="0">"trả lời "&amp;A2</f><v>trả lời X-1</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>X-2</t></is></c><c r="M3" t="str"><f t="shared" si="0"/><v>trả lời X-2</v></c></row>
            """);
        AddCalcChain(path, "<c r=\"M2\" i=\"1\"/><c r=\"M3\"/>");

        await Commit(path, new WriteBatch([new SubmissionUpdate("X-1", Answer: "Đã trả lời.")], []));

        var rows = new LocalWorkbookSource(path).ReadRows().ToList();
        Assert.AreEqual("Đã trả lời.", rows[1].Cells.Single(c => c.Column == 12).Text);
        Assert.AreEqual("trả lời X-2", rows[2].Cells.Single(c => c.Column == 12).Text, "the other cell of the shared formula keeps its value");
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.IsNull(document.WorkbookPart!.CalculationChainPart);
        Assert.IsFalse(document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<CellFormula>().Any());
        Assert.IsFalse(EntryText(path, "[Content_Types].xml").Contains("calcChain", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task The_calculation_chain_stays_when_no_formula_it_lists_is_touched()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("congthuc.xlsx");
        XlsxFixture.WriteSheet(path, $"""
            <row r="1">{Header}</row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>X-1</t></is></c><c r="O2"><f>1+1</f><v>2</v></c></row>
            """);
        AddCalcChain(path, "<c r=\"O2\" i=\"1\"/>");

        await Commit(path, new WriteBatch([new SubmissionUpdate("X-1", Answer: "Đã trả lời.")], []));

        using var document = SpreadsheetDocument.Open(path, false);
        Assert.IsNotNull(document.WorkbookPart!.CalculationChainPart);
        Assert.AreEqual("1+1", document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<CellFormula>().Single().Text);
    }

    [TestMethod]
    public async Task Rows_and_cells_without_addresses_are_found_where_the_reader_finds_them_and_the_rest_is_kept()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("khongdiachi.xlsx");

        // Some writers leave out r: the second row is row 2, and its cells are A, B, C … in order.
        XlsxFixture.WriteSheet(path, $"""
            <row r="1">{Header}</row>
            <row><c t="inlineStr"><is><t>X-1</t></is></c><c t="inlineStr"><is><t>giữ</t></is></c><c r="N2" t="inlineStr"><is><t>người cũ</t></is></c></row>
            <row><c t="inlineStr"><is><t>X-2</t></is></c></row>
            """, afterData: "<mergeCells count=\"1\"><mergeCell ref=\"P1:Q1\"/></mergeCells>");

        await Commit(path, new WriteBatch([new SubmissionUpdate("X-1", SubmissionStatus.Answered, "Trả lời mới.")], []));

        var rows = new LocalWorkbookSource(path).ReadRows().ToList();
        var x1 = rows.Single(r => r.RowNumber == 2).Cells.ToDictionary(c => c.Column, c => c.Text);
        Assert.AreEqual("X-1", x1[0]);
        Assert.AreEqual("giữ", x1[1]);
        Assert.AreEqual("Đã trả lời tại buổi", x1[11]);
        Assert.AreEqual("Trả lời mới.", x1[12]);
        Assert.AreEqual("người cũ", x1[13]);
        Assert.AreEqual("X-2", rows.Single(r => r.RowNumber == 3).Cells.Single().Text);
        StringAssert.Contains(EntryText(path, "xl/worksheets/sheet1.xml"), "<mergeCell ref=\"P1:Q1\"");
    }

    [TestMethod]
    public async Task Excels_own_markup_survives_a_write_and_the_result_is_valid()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("excel.xlsx");
        var sheet = $"""
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">
            <dimension ref="A1:N2"/><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>
            <sheetData><row r="1" spans="1:14" x14ac:dyDescent="0.25">{Header}</row><row r="2" spans="1:2" ht="30" customHeight="1" x14ac:dyDescent="0.25"><c r="A2" t="inlineStr"><is><t>X-1</t></is></c><c r="F2" t="inlineStr"><is><r><rPr><b/></rPr><t>đậm</t></r><r><t xml:space="preserve"> thường</t></r></is></c></row></sheetData>
            <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
            """;
        XlsxFixture.Write(path, [new FixtureSheet("KienNghi", "")]);
        ReplaceEntry(path, "xl/worksheets/sheet1.xml", sheet);

        await Commit(path, new WriteBatch([new SubmissionUpdate("X-1", Answer: "Trả lời.")], [OnTheSpot("2022-10-901", null)]));

        var xml = EntryText(path, "xl/worksheets/sheet1.xml");
        StringAssert.Contains(xml, "<row r=\"2\" ht=\"30\" customHeight=\"1\" x14ac:dyDescent=\"0.25\">");
        StringAssert.Contains(xml, "<r><rPr><b /></rPr><t>đậm</t></r>");
        StringAssert.Contains(xml, "<dimension ref=\"A1:N3\"");
        StringAssert.Contains(xml, "mc:Ignorable=\"x14ac\"");
        AssertValid(path);
    }

    [TestMethod]
    public async Task A_sheet_of_many_rows_is_written_with_the_answer_in_the_right_row_and_the_rest_identical()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("lon.xlsx");
        WorkbookTemplate.Create(path, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 5000));
        var before = new LocalWorkbookSource(path).ReadRows().ToList();
        var target = before[2500];
        var id = target.Cells[0].Text!;

        await Commit(path, new WriteBatch([new SubmissionUpdate(id, SubmissionStatus.Forwarded, "Đã chuyển Sở.", "Phạm Tuấn Anh")], [OnTheSpot("2022-10-999", new LocalTime(9, 0))]));

        var after = new LocalWorkbookSource(path).ReadRows().ToList();
        Assert.HasCount(before.Count + 1, after);
        for (var i = 0; i < before.Count; i++)
        {
            if (i != 2500)
            {
                CollectionAssert.AreEqual(before[i].Cells.ToArray(), after[i].Cells.ToArray(), $"row {before[i].RowNumber} changed");
            }
        }

        CollectionAssert.AreEqual(before[2500].Cells.Where(c => c.Column < 11).ToArray(), after[2500].Cells.Where(c => c.Column < 11).ToArray());
        Assert.AreEqual("Đã chuyển Sở.", after[2500].Cells.Single(c => c.Column == 12).Text);
        Assert.AreEqual(before.Count + 1, after[^1].RowNumber);
    }

    private static void AddCalcChain(string path, string entries)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var chain = document.WorkbookPart!.AddNewPart<CalculationChainPart>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"<calcChain xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">{entries}</calcChain>"));
        chain.FeedData(stream);
    }

    private static void ReplaceEntry(string path, string entry, string xml)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(entry)!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
