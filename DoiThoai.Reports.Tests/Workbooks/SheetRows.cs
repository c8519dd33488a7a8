using DoiThoai.Reports.Submissions.Sheets;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>Builds raw sheet rows from plain values, and the template's header and a valid row to vary.</summary>
internal static class SheetRows
{
    public static SheetCell Cell(int column, object? value) => value switch
    {
        null => new SheetCell(column, SheetCellKind.Empty, null),
        string s => new SheetCell(column, SheetCellKind.Text, s),
        int i => new SheetCell(column, SheetCellKind.Number, null, i),
        double d => new SheetCell(column, SheetCellKind.Number, null, d),
        bool b => new SheetCell(column, SheetCellKind.Boolean, null, b ? 1 : 0),
        LocalDate date => new SheetCell(column, SheetCellKind.Number, null, ExcelDates.ToSerial(date), true),
        LocalDateTime dateTime => new SheetCell(column, SheetCellKind.Number, null, ExcelDates.ToSerial(dateTime), true),
        ErrorValue e => new SheetCell(column, SheetCellKind.Error, e.Code),
        _ => throw new ArgumentException($"No cell for {value.GetType()}"),
    };

    /// <summary>A row whose cells are <paramref name="values"/> from column A on (nulls left out).</summary>
    public static SheetRow Row(int rowNumber, params object?[] values) =>
        new(rowNumber, values.Select((v, i) => Cell(i, v)).Where(c => c.Kind != SheetCellKind.Empty).ToList());

    public static object?[] Header() => WorkbookLayout.Columns.Select(c => (object?)c.Header).ToArray();

    /// <summary>A row the bundled profile accepts without any finding: October 2022, day cohort, on time.</summary>
    public static object?[] Valid(int n = 1) =>
    [
        $"2022-10-{n:000}",
        new LocalDate(2022, 10, 20),
        "Học sinh khác",
        "10A1",
        "Cơ sở vật chất",
        "Quạt trần phòng học của lớp em bị hỏng.",
        "Lò Văn Páo",
        "Không",
        "Thư điện tử",
        "GVCN 10A1",
        "10/2022",
        "Mới",
        null,
        null,
    ];

    /// <summary><see cref="Valid"/> with one column changed.</summary>
    public static object?[] With(this object?[] values, SubmissionColumn column, object? value)
    {
        var copy = (object?[])values.Clone();
        copy[(int)column] = value;
        return copy;
    }

    /// <summary>Header on row 1, then the given rows on rows 2, 3, ...</summary>
    public static InMemoryWorkbookSource Sheet(params object?[][] rows) =>
        new([Row(1, Header()), .. rows.Select((r, i) => Row(i + 2, r))]);
}
