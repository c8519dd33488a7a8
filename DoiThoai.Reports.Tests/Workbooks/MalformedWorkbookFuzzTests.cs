using System.Globalization;
using System.Text;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.Validation;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>
/// Hundreds of damaged sheets (deleted cells, wrong types, error values, garbage text, missing or shuffled
/// headers, blank and duplicate rows), seeded so a failure can be replayed: the reader must never crash and
/// must account for every row.
/// </summary>
[TestClass]
public sealed class MalformedWorkbookFuzzTests
{
    private static readonly string[] Garbage = ["", " ", "#N/A", "=1+1", "null", "\u0000\u0007", "\ud800", "💥🎉", "Ｃó", "1e308", "-0", "NaN", "31/02/2023", "2023-13-01", "00/2022", "tháng", "x", "CỘNG HÒA", "a\r\nb", "<t>", "&amp;"];

    [TestMethod]
    public async Task Hundreds_of_damaged_sheets_never_crash_and_every_row_is_accounted_for()
    {
        for (var seed = 1; seed <= 500; seed++)
        {
            var random = new Random(seed);
            var rows = DamagedSheet(random);
            WorkbookReadResult result;
            try
            {
                result = await SubmissionSheetReader.ReadAsync(new InMemoryWorkbookSource(rows), TestProfiles.Profile, TestProfiles.Calendar);
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {seed}: {ex}");
                return;
            }

            AssertAccountedFor(result, rows, $"seed {seed}");
        }
    }

    [TestMethod]
    public async Task Damaged_xlsx_files_never_crash_the_local_source_and_every_row_is_accounted_for()
    {
        using var dir = new TemporaryDirectory();
        for (var seed = 1; seed <= 80; seed++)
        {
            var random = new Random(seed);
            var path = dir.File($"fuzz-{seed}.xlsx");
            var strings = new List<string>();
            var xml = new StringBuilder();
            foreach (var row in DamagedSheet(random))
            {
                var hidden = random.Next(20) == 0 ? " hidden=\"1\"" : "";
                xml.Append(random.Next(15) == 0 ? $"<row{hidden}>" : $"<row r=\"{row.RowNumber}\"{hidden}>");
                foreach (var cell in row.Cells)
                {
                    xml.Append(CellXml(cell, row.RowNumber, random, strings));
                }

                xml.Append("</row>");
            }

            XlsxFixture.WriteSheet(path, xml.ToString(), strings);
            var source = new LocalWorkbookSource(path);
            try
            {
                var delivered = source.ReadRows().ToList();
                var result = await SubmissionSheetReader.ReadAsync(source, TestProfiles.Profile, TestProfiles.Calendar);
                AssertAccountedFor(result, delivered, $"xlsx seed {seed}");
            }
            catch (Exception ex)
            {
                Assert.Fail($"xlsx seed {seed}: {ex}");
            }
        }
    }

    private static void AssertAccountedFor(WorkbookReadResult result, IReadOnlyList<SheetRow> delivered, string context)
    {
        Assert.AreEqual(result.RowsRead, result.Accepted + result.Rejected, context);
        var dataRows = delivered.Count(r => r.RowNumber > result.HeaderRow && !IsBlank(r));
        Assert.AreEqual(dataRows, result.RowsRead, $"{context}: rows read");
        if (result.Findings.Any(f => f.Code is FindingCodes.MissingColumns or FindingCodes.EmptySheet))
        {
            Assert.AreEqual(0, result.Accepted, context);
            return;
        }

        var rejectedRows = result.Findings.Where(f => f.Severity == FindingSeverity.Error && f.RowNumber > result.HeaderRow).Select(f => f.RowNumber).Distinct().Count();
        Assert.AreEqual(rejectedRows, result.Rejected, $"{context}: every rejected row has an error finding, and only those. " + string.Join("\n", result.Findings) + $" header {result.HeaderRow} above {result.RowsAboveHeader}");
        Assert.IsTrue(result.Findings.All(f => f.Address.StartsWith("KienNghi!", StringComparison.Ordinal) && f.Message.Length > 0), context);
        Assert.IsTrue(result.Submissions.All(s => s.Id.Length > 0 && s.Content.Length > 0 && TestProfiles.Profile.Topics.Contains(s.Topic)), context);
    }

    private static bool IsBlank(SheetRow row) =>
        row.Cells.All(c => c.Kind == SheetCellKind.Empty || (c.Kind == SheetCellKind.Text && string.IsNullOrWhiteSpace(c.Text)));

    private static List<SheetRow> DamagedSheet(Random random)
    {
        var count = random.Next(0, 40);
        var valid = SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, Math.Max(count, 1), random.Next()).ToList();
        var order = Enumerable.Range(0, WorkbookLayout.Columns.Count).ToArray();
        if (random.Next(3) == 0)
        {
            random.Shuffle(order);
        }

        var header = new List<SheetCell>();
        for (var i = 0; i < order.Length; i++)
        {
            var definition = WorkbookLayout.Columns[order[i]];
            switch (random.Next(12))
            {
                case 0:
                    continue;
                case 1:
                    header.Add(new SheetCell(i, SheetCellKind.Text, HeaderText.Key(definition.Header)));
                    break;
                case 2:
                    header.Add(new SheetCell(i, SheetCellKind.Text, Garbage[random.Next(Garbage.Length)]));
                    break;
                default:
                    header.Add(new SheetCell(i, SheetCellKind.Text, definition.Aliases.Prepend(definition.Header).ElementAt(random.Next(definition.Aliases.Count + 1))));
                    break;
            }
        }

        var rows = new List<SheetRow>();
        var rowNumber = random.Next(1, 4);
        if (random.Next(4) != 0)
        {
            rows.Add(new SheetRow(rowNumber, header));
        }

        for (var n = 0; n < count; n++)
        {
            rowNumber += random.Next(8) == 0 ? random.Next(2, 5) : 1;
            var submission = random.Next(10) == 0 && n > 0 ? valid[n - 1] : valid[n];
            var cells = new List<SheetCell>();
            for (var i = 0; i < order.Length; i++)
            {
                var column = (SubmissionColumn)order[i];
                var value = SubmissionCellValue.For(submission, column);
                SheetCell? cell = value.Serial is { } serial
                    ? new SheetCell(i, SheetCellKind.Number, null, serial, true)
                    : value.Text is { } text ? new SheetCell(i, SheetCellKind.Text, text) : null;
                cell = random.Next(10) switch
                {
                    0 => null,
                    1 => new SheetCell(i, SheetCellKind.Number, null, random.NextDouble() * random.Next(-100, 3_000_000), random.Next(2) == 0),
                    2 => new SheetCell(i, SheetCellKind.Text, Garbage[random.Next(Garbage.Length)]),
                    3 => new SheetCell(i, SheetCellKind.Error, "#N/A"),
                    4 => new SheetCell(i, SheetCellKind.Boolean, null, random.Next(2)),
                    5 when random.Next(20) == 0 => new SheetCell(i, SheetCellKind.Text, new string('x', random.Next(4_000, 40_000))),
                    _ => cell,
                };
                if (cell is { } c)
                {
                    cells.Add(c);
                }
            }

            if (random.Next(12) == 0)
            {
                cells.Clear();
            }

            rows.Add(new SheetRow(rowNumber, cells.Where(c => c.Kind != SheetCellKind.Text || c.Text!.Length > 0).ToList(), random.Next(25) == 0));
        }

        // Sources leave out rows with no cells.
        return rows.Where(r => r.Cells.Count > 0).ToList();
    }

    private static string CellXml(SheetCell cell, int rowNumber, Random random, List<string> strings)
    {
        var reference = random.Next(15) == 0 ? "" : $" r=\"{CellAddress.Of(cell.Column, rowNumber)}\"";
        var number = cell.Number.ToString("R", CultureInfo.InvariantCulture);
        return cell.Kind switch
        {
            SheetCellKind.Text when random.Next(2) == 0 => $"<c{reference} t=\"inlineStr\"><is><t xml:space=\"preserve\">{Xml(cell.Text!)}</t></is></c>",
            SheetCellKind.Text when random.Next(30) == 0 => $"<c{reference} t=\"s\"><v>{strings.Count + 1000}</v></c>",
            SheetCellKind.Text => $"<c{reference} t=\"s\"><v>{Add(strings, cell.Text!)}</v></c>",
            SheetCellKind.Number when random.Next(30) == 0 => $"<c{reference}><v>không phải số</v></c>",
            SheetCellKind.Number => $"<c{reference} s=\"{(cell.IsDateFormatted ? random.Next(1, 3) : 0)}\"><v>{number}</v></c>",
            SheetCellKind.Boolean => $"<c{reference} t=\"b\"><v>{number}</v></c>",
            SheetCellKind.Error => $"<c{reference} t=\"e\"><f>1/0</f><v>{cell.Text}</v></c>",
            _ => "",
        };
    }

    private static int Add(List<string> strings, string text)
    {
        strings.Add(text);
        return strings.Count - 1;
    }

    // XML cannot carry every character: what cannot be written is dropped here, as a spreadsheet tool would.
    private static string Xml(string text) => System.Security.SecurityElement.Escape(UntrustedText.IsXmlValid(text) ? text : new string(text.Where(c => c >= 0x20 && !char.IsSurrogate(c)).ToArray()))!;
}
