using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The submissions sheet of an .xlsx opened for editing (DOM): finds rows by ID, sets cells as inline strings,
/// appends rows and grows the table to cover them. Used by <see cref="LocalWorkbookWriter"/> on a copy.
/// </summary>
internal sealed class EditableSheet
{
    private readonly WorkbookPart _workbook;
    private readonly WorksheetPart _part;
    private readonly SheetData _data;
    private readonly string[] _sharedStrings;
    private readonly bool[] _dateStyles;
    private readonly int _headerRow;
    private bool _removedFormula;
    private bool _stylesChanged;
    private int _lastRow;

    private EditableSheet(WorkbookPart workbook, WorksheetPart part, SheetData data, string[] sharedStrings)
    {
        _workbook = workbook;
        _part = part;
        _data = data;
        _sharedStrings = sharedStrings;
        _dateStyles = SpreadsheetStyles.DateStyles(workbook);
        var leading = data.Elements<Row>().Take(SubmissionSheetReader.HeaderSearchRows).Select(ToSheetRow).Where(r => r.Cells.Count > 0).ToList();
        if (leading.Count > 0)
        {
            var (index, map) = SubmissionSheetReader.FindHeader(leading);
            Map = map;
            _headerRow = leading[index].RowNumber;
        }
        else
        {
            Map = ColumnMap.Template;
            _headerRow = 1;
        }

        _lastRow = data.Elements<Row>().Where(r => ToSheetRow(r).Cells.Count > 0).Select(RowNumber).DefaultIfEmpty(_headerRow).Max();
    }

    /// <summary>Where each column is, from the sheet's own header row.</summary>
    public ColumnMap Map { get; }

    public static EditableSheet? Open(SpreadsheetDocument document)
    {
        if (document.WorkbookPart is not { } workbook || LocalWorkbookSource.FindSheet(workbook) is not { } found)
        {
            return null;
        }

        var data = found.Part.Worksheet.GetFirstChild<SheetData>() ?? found.Part.Worksheet.AppendChild(new SheetData());
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(item => string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)))
            .ToArray() ?? [];
        return new EditableSheet(workbook, found.Part, data, strings);
    }

    /// <summary>Data rows by submission ID (the first row wins when an ID repeats).</summary>
    public Dictionary<string, Row> RowsById()
    {
        var rows = new Dictionary<string, Row>(StringComparer.OrdinalIgnoreCase);
        var idColumn = Map.IndexOf(SubmissionColumn.Id);
        foreach (var row in _data.Elements<Row>())
        {
            if (RowNumber(row) <= _headerRow)
            {
                continue;
            }

            var cell = ToSheetRow(row).Cells.FirstOrDefault(c => c.Column == idColumn);
            var id = cell.Kind switch
            {
                SheetCellKind.Text => UntrustedText.Clean(cell.Text ?? ""),
                SheetCellKind.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
                _ => "",
            };
            if (id.Length > 0)
            {
                rows.TryAdd(id, row);
            }
        }

        return rows;
    }

    /// <summary>Sets a cell to <paramref name="text"/> as an inline string (empty text clears it); false when it already holds it.</summary>
    public bool SetText(Row row, SubmissionColumn column, string text)
    {
        var index = Map.IndexOf(column);
        var cell = CellAt(row, index, create: text.Length > 0);
        var current = cell is null ? null : ToSheetCell(cell, index);
        var currentText = current switch
        {
            null => "",
            { Kind: SheetCellKind.Text, Text: { } t } => UntrustedText.Clean(t),
            _ => null,
        };
        if (currentText == text || cell is null)
        {
            return false;
        }

        _removedFormula |= cell.CellFormula is not null;
        cell.RemoveAllChildren();
        cell.DataType = null;
        if (text.Length > 0)
        {
            cell.DataType = CellValues.InlineString;
            cell.AppendChild(new InlineString(new Text(WorksheetRowReader.EncodeEscapes(text)) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return true;
    }

    /// <summary>Writes <paramref name="submission"/> on the row after the last one in use and grows the table over it.</summary>
    public Row AppendRow(Submission submission)
    {
        var number = ++_lastRow;
        var above = _data.Elements<Row>().LastOrDefault(r => RowNumber(r) < number && RowNumber(r) > _headerRow);
        var row = new Row { RowIndex = (uint)number };
        foreach (var column in Enum.GetValues<SubmissionColumn>())
        {
            if (!Map.Has(column))
            {
                continue;
            }

            var index = Map.IndexOf(column);
            var style = above is null ? null : CellAt(above, index, create: false)?.StyleIndex?.Value;
            var value = SubmissionCellValue.For(submission, column);
            if (value.Serial is { } serial)
            {
                row.AppendChild(new Cell
                {
                    CellReference = CellAddress.Of(index, number),
                    StyleIndex = style is { } s && s < _dateStyles.Length && _dateStyles[s] ? s : DateStyle(),
                    CellValue = new CellValue(serial),
                });
            }
            else if (!string.IsNullOrEmpty(value.Text))
            {
                var cell = new Cell { CellReference = CellAddress.Of(index, number), DataType = CellValues.InlineString, StyleIndex = style };
                cell.AppendChild(new InlineString(new Text(WorksheetRowReader.EncodeEscapes(UntrustedText.Clean(value.Text))) { Space = SpaceProcessingModeValues.Preserve }));
                row.AppendChild(cell);
            }
        }

        // Cells must be in column order; the map may have put them in any order.
        var ordered = row.Elements<Cell>().OrderBy(c => CellAddress.ColumnIndex(c.CellReference!.Value)).ToList();
        row.RemoveAllChildren();
        row.Append(ordered);

        var existing = _data.Elements<Row>().FirstOrDefault(r => RowNumber(r) == number);
        var after = _data.Elements<Row>().FirstOrDefault(r => RowNumber(r) > number);
        existing?.Remove();
        if (after is null)
        {
            _data.AppendChild(row);
        }
        else
        {
            _data.InsertBefore(row, after);
        }

        GrowTable(number);
        return row;
    }

    public void Save()
    {
        _part.Worksheet.Save();
        foreach (var table in _part.TableDefinitionParts)
        {
            table.Table?.Save();
        }

        if (_stylesChanged)
        {
            _workbook.WorkbookStylesPart!.Stylesheet.Save();
        }

        // A formula replaced by text must not linger in the calculation chain (Excel would offer to repair).
        if (_removedFormula && _workbook.CalculationChainPart is { } chain)
        {
            _workbook.DeletePart(chain);
        }
    }

    private void GrowTable(int lastRow)
    {
        var dimension = _part.Worksheet.GetFirstChild<SheetDimension>();
        foreach (var table in _part.TableDefinitionParts.Select(p => p.Table).OfType<Table>())
        {
            if (table.Reference?.Value?.Split(':') is not [var start, var end])
            {
                continue;
            }

            var letters = new string(end.TakeWhile(char.IsAsciiLetter).ToArray());
            if (int.TryParse(end.AsSpan(letters.Length), out var endRow) && endRow < lastRow)
            {
                var reference = $"{start}:{letters}{lastRow}";
                table.Reference = reference;
                if (table.AutoFilter is { } filter)
                {
                    filter.Reference = reference;
                }
            }
        }

        if (dimension?.Reference?.Value?.Split(':') is [var from, var to])
        {
            var letters = new string(to.TakeWhile(char.IsAsciiLetter).ToArray());
            if (int.TryParse(to.AsSpan(letters.Length), out var endRow) && endRow < lastRow)
            {
                dimension.Reference = $"{from}:{letters}{lastRow}";
            }
        }
    }

    private uint DateStyle()
    {
        var existing = Array.IndexOf(_dateStyles, true);
        if (existing >= 0)
        {
            return (uint)existing;
        }

        var stylesheet = (_workbook.WorkbookStylesPart ?? _workbook.AddNewPart<WorkbookStylesPart>()).Stylesheet ??= new Stylesheet();
        var formats = stylesheet.CellFormats ??= new CellFormats(new CellFormat());
        formats.AppendChild(new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true });
        formats.Count = (uint)formats.ChildElements.Count;
        _stylesChanged = true;
        return formats.Count.Value - 1;
    }

    /// <summary>The cell at a zero-based column, created in column order when asked (giving every cell its reference first).</summary>
    private static Cell? CellAt(Row row, int column, bool create)
    {
        var number = RowNumber(row);
        var position = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            position = cell.CellReference?.Value is { } reference ? CellAddress.ColumnIndex(reference) : position + 1;
            cell.CellReference ??= CellAddress.Of(position, number);
            if (position == column)
            {
                return cell;
            }
        }

        if (!create)
        {
            return null;
        }

        var created = new Cell { CellReference = CellAddress.Of(column, number) };
        var next = row.Elements<Cell>().FirstOrDefault(c => CellAddress.ColumnIndex(c.CellReference!.Value) > column);
        if (next is null)
        {
            row.AppendChild(created);
        }
        else
        {
            row.InsertBefore(created, next);
        }

        return created;
    }

    private static int RowNumber(Row row) => (int)(row.RowIndex?.Value ?? 0);

    /// <summary>A DOM row as the raw cells every reader produces (text resolved; no date styles needed here).</summary>
    private SheetRow ToSheetRow(Row row)
    {
        var cells = new List<SheetCell>();
        var position = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            position = cell.CellReference?.Value is { } reference ? CellAddress.ColumnIndex(reference) : position + 1;
            if (ToSheetCell(cell, position) is { } value)
            {
                cells.Add(value);
            }
        }

        return new SheetRow(RowNumber(row), cells);
    }

    private SheetCell? ToSheetCell(Cell cell, int position)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        string? text;
        if (type == CellValues.SharedString)
        {
            text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && (uint)i < (uint)_sharedStrings.Length ? _sharedStrings[i] : null;
        }
        else if (type == CellValues.InlineString)
        {
            text = cell.InlineString is { } inline ? string.Concat(inline.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text)) : value;
        }
        else if (type == CellValues.String || type == CellValues.Date)
        {
            text = value;
        }
        else if (type == CellValues.Error)
        {
            return new SheetCell(position, SheetCellKind.Error, value);
        }
        else
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new SheetCell(position, type == CellValues.Boolean ? SheetCellKind.Boolean : SheetCellKind.Number, null, number)
                : null;
        }

        return string.IsNullOrEmpty(text) ? null : new SheetCell(position, SheetCellKind.Text, WorksheetRowReader.DecodeEscapes(text));
    }
}
