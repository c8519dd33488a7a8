using System.Globalization;
using System.Xml;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Creates the shared workbook: sheet <see cref="WorkbookLayout.SubmissionsSheet"/> with the Excel table
/// <see cref="WorkbookLayout.SubmissionsTable"/> (frozen header, widths, dd/MM/yyyy dates, drop-downs) and the
/// lists sheet <see cref="WorkbookLayout.ListsSheet"/> behind the drop-downs. Written part by part as Excel writes
/// them (<see cref="XlsxPackageWriter"/>: SpreadsheetML as the default namespace, no byte-order mark, relative
/// targets, <c>sheet1.xml</c>, <c>table1.xml</c>), so exceljs and openpyxl read it as well as Excel, LibreOffice and
/// the Open XML SDK. Rows are streamed, so a workbook of 100,000 rows is written without holding it in memory.
/// </summary>
public static class WorkbookTemplate
{
    /// <summary>Drop-downs and formats cover this many rows below the header even when the table is shorter.</summary>
    public const int PreparedRows = 1000;

    private const string WorkbookPart = "xl/workbook.xml";
    private const string SubmissionsPart = "xl/worksheets/sheet1.xml";
    private const string ListsPart = "xl/worksheets/sheet2.xml";
    private const string TablePart = "xl/tables/table1.xml";
    private const string StylesPart = "xl/styles.xml";
    private const string SharedStringsPart = "xl/sharedStrings.xml";

    /// <summary>Style indexes of the styles part's cell formats.</summary>
    internal static class Styles
    {
        public const uint Default = 0;
        public const uint Header = 1;
        public const uint Date = 2;
        public const uint DateTime = 3;
        public const uint Wrapped = 4;
        public const uint Text = 5;
    }

    private static class Lists
    {
        public const string Topics = "DS_ChuDe";
        public const string ClassesAndRooms = "DS_LopPhong";
        public const string Cohorts = "DS_DoiTuong";
        public const string Channels = "DS_HinhThuc";
        public const string Statuses = "DS_TrangThai";
        public const string YesNo = "DS_CoKhong";
    }

    /// <summary>Writes the workbook to <paramref name="path"/> (replacing it), with <paramref name="submissions"/> as its rows.</summary>
    public static void Create(string path, SchoolProfile profile, IEnumerable<Submission> submissions)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Create(stream, profile, submissions);
    }

    /// <summary>Writes the workbook to <paramref name="stream"/> (left open).</summary>
    public static void Create(Stream stream, SchoolProfile profile, IEnumerable<Submission> submissions)
    {
        var lists = ListsOf(profile);
        using var package = new XlsxPackageWriter(stream);
        package.ContentTypes([
            (WorkbookPart, SpreadsheetMl.Types.Workbook),
            (SubmissionsPart, SpreadsheetMl.Types.Worksheet),
            (ListsPart, SpreadsheetMl.Types.Worksheet),
            (TablePart, SpreadsheetMl.Types.Table),
            (StylesPart, SpreadsheetMl.Types.Styles),
            (SharedStringsPart, SpreadsheetMl.Types.SharedStrings),
        ]);
        package.Relationships("", [("rId1", SpreadsheetMl.RelationshipTypes.OfficeDocument, WorkbookPart)]);
        WriteWorkbook(package, lists);
        package.Relationships(WorkbookPart, [
            ("rId1", SpreadsheetMl.RelationshipTypes.Worksheet, "worksheets/sheet1.xml"),
            ("rId2", SpreadsheetMl.RelationshipTypes.Worksheet, "worksheets/sheet2.xml"),
            ("rId3", SpreadsheetMl.RelationshipTypes.Styles, "styles.xml"),
            ("rId4", SpreadsheetMl.RelationshipTypes.SharedStrings, "sharedStrings.xml"),
        ]);

        var strings = new SharedStrings();
        var lastRow = WriteSubmissionsSheet(package, profile, submissions, strings);
        package.Relationships(SubmissionsPart, [("rId1", SpreadsheetMl.RelationshipTypes.Table, "../tables/table1.xml")]);
        WriteTable(package, Math.Max(lastRow, 2));
        WriteListsSheet(package, lists, strings);
        WriteStyles(package);
        using var sharedStrings = package.Xml(SharedStringsPart);
        strings.WriteTo(sharedStrings);
    }

    internal static uint ColumnStyle(SubmissionColumn column) => column switch
    {
        SubmissionColumn.ReceivedOn => Styles.Date,
        SubmissionColumn.Content or SubmissionColumn.Answer => Styles.Wrapped,

        // Text format keeps "001" and "10/2022" as typed instead of numbers or dates.
        SubmissionColumn.Id or SubmissionColumn.SessionMonth => Styles.Text,
        _ => Styles.Default,
    };

    private static void WriteWorkbook(XlsxPackageWriter package, List<ListColumn> lists)
    {
        using var writer = package.Xml(WorkbookPart);
        writer.Root("workbook", relationships: true);
        writer.Start("bookViews");
        writer.Empty("workbookView", ("activeTab", 0));
        writer.WriteEndElement();
        writer.Start("sheets");
        foreach (var (name, id) in new[] { (WorkbookLayout.SubmissionsSheet, 1), (WorkbookLayout.ListsSheet, 2) })
        {
            writer.Start("sheet", ("name", name), ("sheetId", id));
            writer.WriteAttributeString("r", "id", SpreadsheetMl.Relationships, $"rId{id}");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.Start("definedNames");
        foreach (var list in lists)
        {
            var letters = CellAddress.ColumnLetters(list.Column);
            writer.Text("definedName", $"{WorkbookLayout.ListsSheet}!${letters}$2:${letters}${Math.Max(list.Items.Count + 1, 2)}", ("name", list.Name));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static int WriteSubmissionsSheet(XlsxPackageWriter package, SchoolProfile profile, IEnumerable<Submission> submissions, SharedStrings strings)
    {
        var columns = WorkbookLayout.Columns;
        using var writer = package.Xml(SubmissionsPart);
        writer.Root("worksheet", relationships: true);
        writer.Start("sheetViews");
        writer.Start("sheetView", ("tabSelected", true), ("workbookViewId", 0));
        writer.Empty("pane", ("ySplit", 1), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        writer.Empty("selection", ("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2"));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Empty("sheetFormatPr", ("defaultRowHeight", 15));
        writer.Start("cols");
        for (var i = 0; i < columns.Count; i++)
        {
            writer.Empty("col", ("min", i + 1), ("max", i + 1), ("width", columns[i].Width), ("style", ColumnStyle(columns[i].Column)), ("customWidth", true));
        }

        writer.WriteEndElement();
        writer.Start("sheetData");
        writer.Start("row", ("r", 1));
        for (var i = 0; i < columns.Count; i++)
        {
            TextCell(writer, i, 1, columns[i].Header, Styles.Header, strings);
        }

        writer.WriteEndElement();
        var rowNumber = 1;
        foreach (var submission in submissions)
        {
            rowNumber++;
            SubmissionRow(writer, submission, rowNumber, strings);
        }

        writer.WriteEndElement();
        DataValidations(writer, profile, Math.Max(rowNumber, PreparedRows + 1));
        writer.Empty("pageMargins", ("left", 0.5), ("right", 0.5), ("top", 0.75), ("bottom", 0.75), ("header", 0.3), ("footer", 0.3));
        writer.Empty("pageSetup", ("paperSize", 9), ("orientation", "landscape"));
        writer.Start("tableParts", ("count", 1));
        writer.Start("tablePart");
        writer.WriteAttributeString("r", "id", SpreadsheetMl.Relationships, "rId1");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        return rowNumber;
    }

    /// <summary>One sheet row for a submission, every column in <see cref="WorkbookLayout.Columns"/> order.</summary>
    private static void SubmissionRow(XmlWriter writer, Submission submission, int rowNumber, SharedStrings strings)
    {
        writer.Start("row", ("r", rowNumber));
        foreach (var definition in WorkbookLayout.Columns)
        {
            var index = (int)definition.Column;
            var value = SubmissionCellValue.For(submission, definition.Column);
            if (value.Serial is { } serial)
            {
                writer.Start("c", ("r", CellAddress.Of(index, rowNumber)), ("s", value.HasTime ? Styles.DateTime : Styles.Date));
                writer.Text("v", serial.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            else if (!string.IsNullOrEmpty(value.Text))
            {
                TextCell(writer, index, rowNumber, value.Text, ColumnStyle(definition.Column), strings);
            }
        }

        writer.WriteEndElement();
    }

    private static void TextCell(XmlWriter writer, int column, int rowNumber, string text, uint style, SharedStrings strings)
    {
        writer.Start("c", ("r", CellAddress.Of(column, rowNumber)), ("s", style), ("t", "s"));
        writer.Text("v", strings.IndexOf(UntrustedText.Clean(text)).ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }

    private static void DataValidations(XmlWriter writer, SchoolProfile profile, int lastRow)
    {
        var months = profile.SchoolYear.TeachingMonths;
        writer.Start("dataValidations", ("count", 6 + (months.Count > 0 ? 1 : 0)));
        ListValidation(writer, SubmissionColumn.Cohort, Lists.Cohorts, lastRow, "Chọn đối tượng trong danh sách.");
        ListValidation(writer, SubmissionColumn.ClassOrRoom, Lists.ClassesAndRooms, lastRow, "Chọn lớp hoặc phòng bán trú trong danh sách.");
        ListValidation(writer, SubmissionColumn.Topic, Lists.Topics, lastRow, "Chọn chủ đề trong danh sách (trang DanhMuc).");
        ListValidation(writer, SubmissionColumn.Anonymous, Lists.YesNo, lastRow, "Chọn Có hoặc Không.");
        ListValidation(writer, SubmissionColumn.Channel, Lists.Channels, lastRow, "Chọn hình thức gửi trong danh sách.");
        ListValidation(writer, SubmissionColumn.Status, Lists.Statuses, lastRow, "Chọn trạng thái trong danh sách.");
        if (months.Count > 0)
        {
            // A warning, not a stop: a date outside the year is reported by the checker with its reason.
            var first = ExcelDates.ToSerial(months[0].OnDayOfMonth(1));
            var last = ExcelDates.ToSerial(months[^1].OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
            writer.Start("dataValidation",
                ("type", "date"), ("errorStyle", "warning"), ("operator", "between"), ("allowBlank", true), ("showErrorMessage", true),
                ("errorTitle", "Ngày nhận"), ("error", $"Ngày nhận nên nằm trong năm học {profile.SchoolYear.Label} (dd/MM/yyyy)."),
                ("sqref", Range(SubmissionColumn.ReceivedOn, lastRow)));
            writer.Text("formula1", first.ToString(CultureInfo.InvariantCulture));
            writer.Text("formula2", last.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void ListValidation(XmlWriter writer, SubmissionColumn column, string list, int lastRow, string message)
    {
        writer.Start("dataValidation",
            ("type", "list"), ("errorStyle", "stop"), ("allowBlank", true), ("showInputMessage", true), ("showErrorMessage", true),
            ("errorTitle", WorkbookLayout.Definition(column).Header), ("error", message), ("sqref", Range(column, lastRow)));
        writer.Text("formula1", list);
        writer.WriteEndElement();
    }

    private static string Range(SubmissionColumn column, int lastRow) => $"{CellAddress.Of((int)column, 2)}:{CellAddress.Of((int)column, lastRow)}";

    private static void WriteTable(XlsxPackageWriter package, int lastRow)
    {
        var reference = $"A1:{CellAddress.Of(WorkbookLayout.Columns.Count - 1, lastRow)}";
        using var writer = package.Xml(TablePart);
        writer.Root("table");
        writer.WriteAttributeString("id", "1");
        writer.WriteAttributeString("name", WorkbookLayout.SubmissionsTable);
        writer.WriteAttributeString("displayName", WorkbookLayout.SubmissionsTable);
        writer.WriteAttributeString("ref", reference);
        writer.WriteAttributeString("totalsRowShown", "0");
        writer.Empty("autoFilter", ("ref", reference));
        writer.Start("tableColumns", ("count", WorkbookLayout.Columns.Count));
        for (var i = 0; i < WorkbookLayout.Columns.Count; i++)
        {
            writer.Empty("tableColumn", ("id", i + 1), ("name", WorkbookLayout.Columns[i].Header));
        }

        writer.WriteEndElement();
        writer.Empty("tableStyleInfo", ("name", "TableStyleMedium2"), ("showFirstColumn", false), ("showLastColumn", false), ("showRowStripes", true), ("showColumnStripes", false));
        writer.WriteEndElement();
    }

    private static List<ListColumn> ListsOf(SchoolProfile profile) =>
    [
        new(0, Lists.Topics, "Chủ đề", profile.Topics),
        new(1, Lists.ClassesAndRooms, "Lớp / Phòng bán trú", [.. profile.Classes, .. profile.BoardingRooms]),
        new(2, Lists.Cohorts, "Đối tượng", [.. SubmissionLabels.Cohorts.Values]),
        new(3, Lists.Channels, "Hình thức gửi", [.. SubmissionLabels.Channels.Values]),
        new(4, Lists.Statuses, "Trạng thái", [.. SubmissionLabels.Statuses.Values]),
        new(5, Lists.YesNo, "Ẩn danh", [SubmissionLabels.Yes, SubmissionLabels.No]),
        new(6, "DS_Lop", "Lớp", profile.Classes),
        new(7, "DS_PhongBanTru", "Phòng bán trú", profile.BoardingRooms),
    ];

    private static void WriteListsSheet(XlsxPackageWriter package, List<ListColumn> lists, SharedStrings strings)
    {
        using var writer = package.Xml(ListsPart);
        writer.Root("worksheet");
        writer.Start("sheetViews");
        writer.Start("sheetView", ("workbookViewId", 0));
        writer.Empty("pane", ("ySplit", 1), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Start("cols");
        foreach (var list in lists)
        {
            writer.Empty("col", ("min", list.Column + 1), ("max", list.Column + 1), ("width", list.Column == 0 ? 40 : 22), ("customWidth", true));
        }

        writer.WriteEndElement();
        writer.Start("sheetData");
        var rows = Math.Max(1, lists.Max(l => l.Items.Count) + 1);
        for (var row = 1; row <= rows; row++)
        {
            writer.Start("row", ("r", row));
            foreach (var list in lists)
            {
                if (row == 1)
                {
                    TextCell(writer, list.Column, 1, list.Header, Styles.Header, strings);
                }
                else if (row - 2 < list.Items.Count)
                {
                    TextCell(writer, list.Column, row, list.Items[row - 2], Styles.Default, strings);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteStyles(XlsxPackageWriter package)
    {
        using var writer = package.Xml(StylesPart);
        writer.Root("styleSheet");
        writer.Start("numFmts", ("count", 2));
        writer.Empty("numFmt", ("numFmtId", 164), ("formatCode", "dd/mm/yyyy"));
        writer.Empty("numFmt", ("numFmtId", 165), ("formatCode", "dd/mm/yyyy hh:mm"));
        writer.WriteEndElement();
        writer.Start("fonts", ("count", 2));
        writer.Start("font");
        writer.Empty("sz", ("val", 11));
        writer.Empty("name", ("val", "Calibri"));
        writer.WriteEndElement();
        writer.Start("font");
        writer.Empty("b");
        writer.Empty("sz", ("val", 11));
        writer.Empty("name", ("val", "Calibri"));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Start("fills", ("count", 2));
        foreach (var pattern in new[] { "none", "gray125" })
        {
            writer.Start("fill");
            writer.Empty("patternFill", ("patternType", pattern));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.Start("borders", ("count", 1));
        writer.Start("border");
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            writer.Empty(side);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Start("cellStyleXfs", ("count", 1));
        writer.Empty("xf", ("numFmtId", 0), ("fontId", 0), ("fillId", 0), ("borderId", 0));
        writer.WriteEndElement();

        // In the order of Styles: default, header, date, date and time, wrapped, text.
        writer.Start("cellXfs", ("count", 6));
        writer.Empty("xf", ("numFmtId", 0), ("fontId", 0), ("fillId", 0), ("borderId", 0), ("xfId", 0));
        writer.Start("xf", ("numFmtId", 0), ("fontId", 1), ("fillId", 0), ("borderId", 0), ("xfId", 0), ("applyFont", true), ("applyAlignment", true));
        writer.Empty("alignment", ("vertical", "center"), ("wrapText", true));
        writer.WriteEndElement();
        writer.Empty("xf", ("numFmtId", 164), ("fontId", 0), ("fillId", 0), ("borderId", 0), ("xfId", 0), ("applyNumberFormat", true));
        writer.Empty("xf", ("numFmtId", 165), ("fontId", 0), ("fillId", 0), ("borderId", 0), ("xfId", 0), ("applyNumberFormat", true));
        writer.Start("xf", ("numFmtId", 0), ("fontId", 0), ("fillId", 0), ("borderId", 0), ("xfId", 0), ("applyAlignment", true));
        writer.Empty("alignment", ("vertical", "top"), ("wrapText", true));
        writer.WriteEndElement();
        writer.Empty("xf", ("numFmtId", 49), ("fontId", 0), ("fillId", 0), ("borderId", 0), ("xfId", 0), ("applyNumberFormat", true));
        writer.WriteEndElement();
        writer.Start("cellStyles", ("count", 1));
        writer.Empty("cellStyle", ("name", "Normal"), ("xfId", 0), ("builtinId", 0));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>One list of the lists sheet: its column, the defined name over its items, its header.</summary>
    private sealed record ListColumn(int Column, string Name, string Header, IReadOnlyList<string> Items);
}
