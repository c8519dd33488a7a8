using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>Fills a <see cref="FakeWorksheet"/> like the template: header in row 1, one submission a row, dates as serials, the table around them.</summary>
public static class FakeSubmissionSheet
{
    public const string DateFormat = "dd/mm/yyyy";

    private static readonly string[] Topics = ["Học thêm, dạy thêm", "Các khoản thu, học phí", "An toàn trường học", "Cơ sở vật chất", "Nề nếp bán trú"];

    /// <summary>The ID of the <paramref name="n"/>th generated submission (1-based).</summary>
    public static string Id(int n) => $"2022-10-{n:00000}";

    /// <summary>Writes the header and <paramref name="count"/> submissions; returns the last row number.</summary>
    public static int Fill(FakeWorksheet sheet, int count, int contentLength = 160)
    {
        for (var column = 0; column < WorkbookLayout.Columns.Count; column++)
        {
            sheet[1, column] = FakeCell.Text(WorkbookLayout.Columns[column].Header);
        }

        for (var n = 1; n <= count; n++)
        {
            var row = n + 1;
            var content = $"Đề nghị nhà trường xem xét việc số {n}: " + new string('ư', Math.Max(0, contentLength - 40));
            string?[] texts =
            [
                Id(n), null, n % 3 == 0 ? "Bán trú" : "Học sinh khác", n % 3 == 0 ? "Phòng 3" : $"1{n % 3}A{n % 4 + 1}",
                Topics[n % Topics.Length], content, n % 5 == 0 ? null : $"Nguyễn Văn Học {n}", n % 5 == 0 ? "Có" : "Không",
                "Thư điện tử", "Lò Thị Mai", "10/2022", "Mới", null, null,
            ];
            for (var column = 0; column < texts.Length; column++)
            {
                if (texts[column] is { } text)
                {
                    sheet[row, column] = FakeCell.Text(text);
                }
            }

            // 27/09/2022 is serial 44831.
            sheet[row, (int)SubmissionColumn.ReceivedOn] = FakeCell.Number(44831 + (n % 20));
            sheet.SetNumberFormat(row, (int)SubmissionColumn.ReceivedOn, DateFormat);
        }

        sheet.Table = (1, 0, count + 1, WorkbookLayout.Columns.Count - 1);
        return count + 1;
    }

    /// <summary>
    /// Writes a sample workbook of <paramref name="rows"/> submissions with the template into <paramref name="directory"/>
    /// and starts a fake holding the same cells: the local file and the Graph workbook, to compare or to use.
    /// </summary>
    internal static async Task<(string Path, FakeGraphServer Server)> StartWithSampleAsync(TemporaryDirectory directory, int rows)
    {
        var path = directory.File($"so-{rows}.xlsx");
        WorkbookTemplate.Create(path, TestProfiles.Profile, SampleSubmissions.Generate(TestProfiles.Profile, TestProfiles.Calendar, rows));
        var server = await FakeGraphServer.StartAsync();
        Load(server.Sheet, new LocalWorkbookSource(path).ReadRows());
        return (path, server);
    }

    /// <summary>
    /// Puts the cells another source read (the local .xlsx reader) into the fake, as Graph would hold them: numbers with
    /// a date format when they showed a date, error values as their text. The table spans the rows.
    /// </summary>
    public static void Load(FakeWorksheet sheet, IEnumerable<SheetRow> rows)
    {
        var last = 1;
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                sheet[row.RowNumber, cell.Column] = cell.Kind switch
                {
                    SheetCellKind.Number => FakeCell.Number(cell.Number),
                    SheetCellKind.Boolean => new FakeCell(cell.Text == "TRUE"),
                    _ => FakeCell.Text(cell.Text!),
                };
                if (cell is { Kind: SheetCellKind.Number, IsDateFormatted: true })
                {
                    sheet.SetNumberFormat(row.RowNumber, cell.Column, cell.Number % 1 == 0 ? DateFormat : DateFormat + " hh:mm");
                }
            }

            last = row.RowNumber;
        }

        sheet.Table = (1, 0, last, WorkbookLayout.Columns.Count - 1);
    }

    /// <summary>The row now holding <paramref name="id"/> in the ID column (sheets get sorted), or 0.</summary>
    public static int RowOf(FakeWorksheet sheet, string id)
    {
        var used = sheet.UsedRange();
        for (var row = used.FirstRow; row <= used.LastRow; row++)
        {
            if (sheet[row, (int)SubmissionColumn.Id]?.Value as string == id)
            {
                return row;
            }
        }

        return 0;
    }

    public static object? Value(FakeWorksheet sheet, string id, SubmissionColumn column) =>
        sheet[RowOf(sheet, id), (int)column]?.Value;
}
