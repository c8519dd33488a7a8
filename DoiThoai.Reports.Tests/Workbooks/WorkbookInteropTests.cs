using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>
/// The workbooks we write open in the tools people and other programs use, not only in the Open XML SDK: exceljs (the
/// most used JavaScript library), openpyxl (Python) and LibreOffice read the fresh template and a workbook after
/// answers and new rows were written exactly as our own reader reads them.
/// </summary>
[TestClass]
public sealed class WorkbookInteropTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static TemporaryDirectory _dir = null!;
    private static string _template = null!;
    private static string _written = null!;

    /// <summary>Answers written into <see cref="_written"/>, by ID: awkward text on purpose.</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["2022-09-002"] = "=1+1 vẫn là chữ, không phải công thức",
        ["2022-10-001"] = "Dòng một\nDòng hai: a < b & c > d",
        ["2022-11-001"] = "  Cách đầu dòng và cuối dòng  ",
    };

    private static readonly Submission Timed = new()
    {
        Id = "2022-10-901",
        ReceivedOn = new LocalDate(2022, 10, 28),
        ReceivedAt = new LocalTime(14, 45),
        Cohort = Cohort.Day,
        ClassOrRoom = "11A2",
        Topic = "Khác",
        Content = "Câu hỏi tại buổi: đề nghị sửa mái che nhà xe.",
        Channel = SubmissionChannel.Direct,
        SessionMonth = new YearMonth(2022, 10),
        Status = SubmissionStatus.Answered,
        Answer = "Nhà trường sẽ sửa trong tuần.",
        AnsweredBy = "Phạm Tuấn Anh",
    };

    [ClassInitialize]
    public static async Task CreateWorkbooks(TestContext _)
    {
        _dir = new TemporaryDirectory();
        _template = _dir.File("mau.xlsx");
        WorkbookTemplate.Create(_template, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, 60));
        _written = _dir.File("da-ghi.xlsx");
        File.Copy(_template, _written);
        await using var transaction = await new LocalWorkbookStore(_written).BeginAsync();
        var result = await transaction.CommitAsync(new WriteBatch(
            Answers.Select(a => new SubmissionUpdate(a.Key, SubmissionStatus.Resolved, a.Value, "Phạm Tuấn Anh")).ToList(),
            [Timed, Timed with { Id = "2022-10-902", ReceivedAt = null, Content = "Câu hỏi không ghi giờ.", Answer = null, AnsweredBy = null, Status = SubmissionStatus.New }]));
        Assert.IsTrue(result.Succeeded, string.Join("; ", result.Failed));
        Assert.HasCount(2, result.Added);
    }

    [ClassCleanup]
    public static void Remove() => _dir.Dispose();

    private static void AssertSameRows(string path, ForeignWorkbook foreign, string tool)
    {
        CollectionAssert.AreEqual(new[] { WorkbookLayout.SubmissionsSheet, WorkbookLayout.ListsSheet }, foreign.Sheets.ToArray(), tool);
        var ours = ForeignWorkbook.Lines(new LocalWorkbookSource(path).ReadRows());
        var theirs = foreign.Lines();
        for (var i = 0; i < Math.Min(ours.Count, theirs.Count); i++)
        {
            Assert.AreEqual(ours[i], theirs[i], $"{tool} reads row {i + 1} differently");
        }

        Assert.HasCount(ours.Count, theirs, $"{tool} reads another number of rows");
        var table = foreign.Tables.Single();
        Assert.AreEqual(WorkbookLayout.SubmissionsTable, table.Name, tool);
        Assert.AreEqual($"A1:N{ours.Count}", table.Ref, $"{tool}: the table covers every row");
    }

    [TestMethod]
    [TestCategory("Interop")]
    public void Exceljs_reads_the_template_as_our_reader_does() =>
        AssertSameRows(_template, ForeignWorkbook.ReadWithExcelJs(_template, WorkbookLayout.SubmissionsSheet), "exceljs");

    [TestMethod]
    [TestCategory("Interop")]
    public void Exceljs_reads_a_workbook_after_answers_and_new_rows_as_our_reader_does()
    {
        var foreign = ForeignWorkbook.ReadWithExcelJs(_written, WorkbookLayout.SubmissionsSheet);

        AssertSameRows(_written, foreign, "exceljs");
        var lines = foreign.Lines();
        Assert.IsTrue(lines.Any(l => l.Contains("12 s =1+1 vẫn là chữ", StringComparison.Ordinal)), "the answer is text, not a formula");
        Assert.IsTrue(lines[^2].StartsWith($"{lines.Count - 1}: 0 s 2022-10-901", StringComparison.Ordinal));
    }

    [TestMethod]
    [TestCategory("Interop")]
    public void Openpyxl_reads_the_template_as_our_reader_does() =>
        AssertSameRows(_template, ForeignWorkbook.ReadWithOpenpyxl(_template, WorkbookLayout.SubmissionsSheet), "openpyxl");

    [TestMethod]
    [TestCategory("Interop")]
    public void Openpyxl_reads_a_workbook_after_answers_and_new_rows_as_our_reader_does() =>
        AssertSameRows(_written, ForeignWorkbook.ReadWithOpenpyxl(_written, WorkbookLayout.SubmissionsSheet), "openpyxl");

    [TestMethod]
    [TestCategory("LibreOffice")]
    public void LibreOffice_opens_a_written_workbook_and_shows_the_new_rows_with_their_dates()
    {
        using var output = new TemporaryDirectory();
        var csv = LibreOffice.ConvertFile(_written, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", output.Path, calc: true);

        var lines = File.ReadAllLines(csv, Encoding.UTF8);
        var timed = lines.Single(l => l.StartsWith("2022-10-901,", StringComparison.Ordinal));
        StringAssert.StartsWith(timed, "2022-10-901,28/10/2022 14:45,");
        StringAssert.Contains(timed, "Nhà trường sẽ sửa trong tuần.");
        StringAssert.StartsWith(lines.Single(l => l.StartsWith("2022-10-902,", StringComparison.Ordinal)), "2022-10-902,28/10/2022,");
        Assert.IsTrue(lines.Any(l => l.Contains("\"=1+1 vẫn là chữ, không phải công thức\"", StringComparison.Ordinal) || l.Contains(",=1+1 vẫn là chữ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Every_part_is_written_as_Excel_writes_it_default_namespace_no_byte_order_mark_relative_targets()
    {
        foreach (var path in new[] { _template, _written })
        {
            AssertExcelLike(path);
            using var document = SpreadsheetDocument.Open(path, false);
            var errors = new OpenXmlValidator().Validate(document).ToList();
            Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    [TestMethod]
    [TestCategory("Interop")]
    public async Task A_workbook_the_Open_XML_SDK_wrote_with_prefixes_is_readable_by_exceljs_after_its_next_write()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("sdk.xlsx");
        WriteWithSdkDom(path);
        Assert.ThrowsExactly<AssertFailedException>(() => AssertExcelLike(path), "the SDK's own output is prefixed (else this test proves nothing)");

        await using (var transaction = await new LocalWorkbookStore(path).BeginAsync())
        {
            var result = await transaction.CommitAsync(new WriteBatch([new SubmissionUpdate("X-1", SubmissionStatus.Answered, "Đã trả lời.")], [Timed]));
            Assert.IsTrue(result.Succeeded, string.Join("; ", result.Failed));
        }

        AssertExcelLike(path);
        var foreign = ForeignWorkbook.ReadWithExcelJs(path, WorkbookLayout.SubmissionsSheet);
        CollectionAssert.AreEqual(ForeignWorkbook.Lines(new LocalWorkbookSource(path).ReadRows()).ToArray(), foreign.Lines().ToArray());
        Assert.AreEqual("A1:N3", foreign.Tables.Single().Ref);
    }

    /// <summary>No part starts with a byte-order mark, SpreadsheetML is never prefixed, and no relationship target is absolute.</summary>
    private static void AssertExcelLike(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            var bytes = buffer.ToArray();
            Assert.IsFalse(bytes.AsSpan().StartsWith("\uFEFF"u8), $"{entry.FullName} starts with a byte-order mark");
            using var reader = XmlReader.Create(new MemoryStream(bytes));
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                Assert.IsFalse(reader.NamespaceURI == Main && reader.Prefix.Length > 0, $"{entry.FullName}: <{reader.Name}> is prefixed");
                if (reader.LocalName == "Relationship" && reader.GetAttribute("TargetMode") != "External")
                {
                    Assert.IsFalse(reader.GetAttribute("Target")!.StartsWith('/'), $"{entry.FullName}: target {reader.GetAttribute("Target")} is absolute");
                }
            }
        }
    }

    // How the Open XML SDK writes a workbook through its DOM: x: prefixes, byte-order marks, absolute targets.
    private static void WriteWithSdkDom(string path)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < WorkbookLayout.Columns.Count; i++)
        {
            header.Append(new Cell { CellReference = CellAddress.Of(i, 1), DataType = CellValues.InlineString, InlineString = new InlineString(new Text(WorkbookLayout.Columns[i].Header)) });
        }

        var row = new Row { RowIndex = 2 };
        row.Append(new Cell { CellReference = "A2", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("X-1")) });
        sheetPart.Worksheet = new Worksheet(new SheetData(header, row));
        var table = sheetPart.AddNewPart<TableDefinitionPart>();
        table.Table = new Table(
            new AutoFilter { Reference = "A1:N2" },
            new TableColumns(WorkbookLayout.Columns.Select((c, i) => new TableColumn { Id = (uint)i + 1, Name = c.Header })) { Count = (uint)WorkbookLayout.Columns.Count })
        { Id = 1, Name = WorkbookLayout.SubmissionsTable, DisplayName = WorkbookLayout.SubmissionsTable, Reference = "A1:N2" };
        sheetPart.Worksheet.Append(new TableParts(new TablePart { Id = sheetPart.GetIdOfPart(table) }) { Count = 1 });
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = WorkbookLayout.SubmissionsSheet, SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) }));
    }
}
