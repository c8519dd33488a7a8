using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Creates the shared workbook: sheet <see cref="WorkbookLayout.SubmissionsSheet"/> with the Excel table
/// <see cref="WorkbookLayout.SubmissionsTable"/> (frozen header, widths, dd/MM/yyyy dates, drop-downs) and the
/// lists sheet <see cref="WorkbookLayout.ListsSheet"/> behind the drop-downs. Rows are streamed
/// (<see cref="OpenXmlWriter"/>), so a workbook of 100,000 rows is written without holding it in memory.
/// </summary>
public static class WorkbookTemplate
{
    /// <summary>Drop-downs and formats cover this many rows below the header even when the table is shorter.</summary>
    public const int PreparedRows = 1000;

    /// <summary>Style indexes of <see cref="Stylesheet"/>'s cell formats.</summary>
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

    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public static void Create(Stream stream, SchoolProfile profile, IEnumerable<Submission> submissions)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Stylesheet();
        var submissionsPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
        var listsPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet2");
        var tablePart = submissionsPart.AddNewPart<TableDefinitionPart>("rIdTable1");

        var strings = new SharedStrings();
        var lastRow = WriteSubmissionsSheet(submissionsPart, profile, submissions, strings, submissionsPart.GetIdOfPart(tablePart));
        tablePart.Table = Table(Math.Max(lastRow, 2));
        var listRanges = WriteListsSheet(listsPart, profile, strings);
        strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings"));

        var definedNames = new DefinedNames(listRanges.Select(r => new DefinedName(r.Reference) { Name = r.Name }));
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(
                new Sheet { Name = WorkbookLayout.SubmissionsSheet, SheetId = 1, Id = workbookPart.GetIdOfPart(submissionsPart) },
                new Sheet { Name = WorkbookLayout.ListsSheet, SheetId = 2, Id = workbookPart.GetIdOfPart(listsPart) }),
            definedNames);
        workbookPart.Workbook.Save();
    }

    private static int WriteSubmissionsSheet(WorksheetPart part, SchoolProfile profile, IEnumerable<Submission> submissions, SharedStrings strings, string tableRelationshipId)
    {
        var columns = WorkbookLayout.Columns;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = true, WorkbookViewId = 0 }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = c.Width,
            CustomWidth = true,
            Style = ColumnStyle(c.Column),
        })));

        writer.WriteStartElement(new SheetData());
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(TextCell(i, 1, columns[i].Header, Styles.Header, strings));
        }

        writer.WriteElement(header);
        var rowNumber = 1;
        foreach (var submission in submissions)
        {
            rowNumber++;
            writer.WriteElement(SubmissionRow(submission, rowNumber, strings));
        }

        writer.WriteEndElement();
        writer.WriteElement(DataValidations(profile, Math.Max(rowNumber, PreparedRows + 1)));
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
        writer.WriteElement(new TableParts(new TablePart { Id = tableRelationshipId }) { Count = 1 });
        writer.WriteEndElement();
        return rowNumber;
    }

    /// <summary>One sheet row for a submission, every column in <see cref="WorkbookLayout.Columns"/> order.</summary>
    internal static Row SubmissionRow(Submission submission, int rowNumber, SharedStrings strings)
    {
        var row = new Row { RowIndex = (uint)rowNumber };
        foreach (var definition in WorkbookLayout.Columns)
        {
            var index = (int)definition.Column;
            var value = SubmissionCellValue.For(submission, definition.Column);
            if (value.Serial is { } serial)
            {
                row.Append(new Cell
                {
                    CellReference = CellAddress.Of(index, rowNumber),
                    StyleIndex = value.HasTime ? Styles.DateTime : Styles.Date,
                    CellValue = new CellValue(serial),
                });
            }
            else if (!string.IsNullOrEmpty(value.Text))
            {
                row.Append(TextCell(index, rowNumber, value.Text, ColumnStyle(definition.Column), strings));
            }
        }

        return row;
    }

    private static Cell TextCell(int column, int rowNumber, string text, uint style, SharedStrings strings) => new()
    {
        CellReference = CellAddress.Of(column, rowNumber),
        DataType = CellValues.SharedString,
        StyleIndex = style,
        CellValue = new CellValue(strings.IndexOf(UntrustedText.Clean(text))),
    };

    internal static uint ColumnStyle(SubmissionColumn column) => column switch
    {
        SubmissionColumn.ReceivedOn => Styles.Date,
        SubmissionColumn.Content or SubmissionColumn.Answer => Styles.Wrapped,

        // Text format keeps "001" and "10/2022" as typed instead of numbers or dates.
        SubmissionColumn.Id or SubmissionColumn.SessionMonth => Styles.Text,
        _ => Styles.Default,
    };

    private static DataValidations DataValidations(SchoolProfile profile, int lastRow)
    {
        var validations = new List<DataValidation>
        {
            ListValidation(SubmissionColumn.Cohort, Lists.Cohorts, lastRow, "Chọn đối tượng trong danh sách."),
            ListValidation(SubmissionColumn.ClassOrRoom, Lists.ClassesAndRooms, lastRow, "Chọn lớp hoặc phòng bán trú trong danh sách."),
            ListValidation(SubmissionColumn.Topic, Lists.Topics, lastRow, "Chọn chủ đề trong danh sách (trang DanhMuc)."),
            ListValidation(SubmissionColumn.Anonymous, Lists.YesNo, lastRow, "Chọn Có hoặc Không."),
            ListValidation(SubmissionColumn.Channel, Lists.Channels, lastRow, "Chọn hình thức gửi trong danh sách."),
            ListValidation(SubmissionColumn.Status, Lists.Statuses, lastRow, "Chọn trạng thái trong danh sách."),
        };

        var months = profile.SchoolYear.TeachingMonths;
        if (months.Count > 0)
        {
            // A warning, not a stop: a date outside the year is reported by the checker with its reason.
            var first = ExcelDates.ToSerial(months[0].OnDayOfMonth(1));
            var last = ExcelDates.ToSerial(months[^1].OnDayOfMonth(1).PlusMonths(1).PlusDays(-1));
            validations.Add(new DataValidation(
                new Formula1(first.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Formula2(last.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                Type = DataValidationValues.Date,
                Operator = DataValidationOperatorValues.Between,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Warning,
                ErrorTitle = "Ngày nhận",
                Error = $"Ngày nhận nên nằm trong năm học {profile.SchoolYear.Label} (dd/MM/yyyy).",
                SequenceOfReferences = Range(SubmissionColumn.ReceivedOn, lastRow),
            });
        }

        return new DataValidations(validations) { Count = (uint)validations.Count };
    }

    private static DataValidation ListValidation(SubmissionColumn column, string list, int lastRow, string message) => new(new Formula1(list))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = DataValidationErrorStyleValues.Stop,
        ErrorTitle = WorkbookLayout.Definition(column).Header,
        Error = message,
        SequenceOfReferences = Range(column, lastRow),
    };

    private static ListValue<StringValue> Range(SubmissionColumn column, int lastRow) =>
        new() { InnerText = $"{CellAddress.Of((int)column, 2)}:{CellAddress.Of((int)column, lastRow)}" };

    private static Table Table(int lastRow)
    {
        var reference = $"A1:{CellAddress.Of(WorkbookLayout.Columns.Count - 1, lastRow)}";
        return new Table(
            new AutoFilter { Reference = reference },
            new TableColumns(WorkbookLayout.Columns.Select((c, i) => new TableColumn { Id = (uint)i + 1, Name = c.Header })) { Count = (uint)WorkbookLayout.Columns.Count },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = 1,
            Name = WorkbookLayout.SubmissionsTable,
            DisplayName = WorkbookLayout.SubmissionsTable,
            Reference = reference,
            TotalsRowShown = false,
        };
    }

    private static List<(string Name, string Reference)> WriteListsSheet(WorksheetPart part, SchoolProfile profile, SharedStrings strings)
    {
        var lists = new List<(string Name, string Header, IReadOnlyList<string> Items)>
        {
            (Lists.Topics, "Chủ đề", profile.Topics),
            (Lists.ClassesAndRooms, "Lớp / Phòng bán trú", [.. profile.Classes, .. profile.BoardingRooms]),
            (Lists.Cohorts, "Đối tượng", [.. SubmissionLabels.Cohorts.Values]),
            (Lists.Channels, "Hình thức gửi", [.. SubmissionLabels.Channels.Values]),
            (Lists.Statuses, "Trạng thái", [.. SubmissionLabels.Statuses.Values]),
            (Lists.YesNo, "Ẩn danh", [SubmissionLabels.Yes, SubmissionLabels.No]),
            ("DS_Lop", "Lớp", profile.Classes),
            ("DS_PhongBanTru", "Phòng bán trú", profile.BoardingRooms),
        };

        var rows = new SortedDictionary<int, Row>();
        Row RowAt(int number) => rows.TryGetValue(number, out var row) ? row : rows[number] = new Row { RowIndex = (uint)number };
        var ranges = new List<(string, string)>();
        for (var column = 0; column < lists.Count; column++)
        {
            var (name, header, items) = lists[column];
            RowAt(1).Append(TextCell(column, 1, header, Styles.Header, strings));
            for (var i = 0; i < items.Count; i++)
            {
                RowAt(i + 2).Append(TextCell(column, i + 2, items[i], Styles.Default, strings));
            }

            var letters = CellAddress.ColumnLetters(column);
            ranges.Add((name, $"{WorkbookLayout.ListsSheet}!${letters}$2:${letters}${Math.Max(items.Count + 1, 2)}"));
        }

        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(lists.Select((l, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = i == 0 ? 40 : 22, CustomWidth = true })),
            new SheetData(rows.Values));
        part.Worksheet.Save();
        return ranges;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
