using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Rewrites the submissions sheet's XML as a stream (reader to writer), copying everything it does not change:
/// sets the planned cells of existing rows as inline strings (a formula there is dropped, and a shared formula's
/// other cells keep their values), writes the appended rows after the last row in use with the styles of the row
/// above, and widens the sheet's dimension. Only the rows it changes are held in memory, one at a time, so the
/// cost grows with the sheet's size but the memory does not. Not thread-safe; one instance per rewrite.
/// </summary>
internal sealed class SheetPartRewriter
{
    // The worksheet's children that come after sheetData: a sheet without one gets it before the first of these.
    private static readonly HashSet<string> AfterSheetData =
    [
        "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
        "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks",
        "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
        "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
        "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ];

    private static readonly XNamespace MainNs = SpreadsheetMl.Main;
    private static readonly XName CellName = MainNs + "c";
    private static readonly XName FormulaName = MainNs + "f";

    private readonly SheetWritePlan _plan;
    private readonly AppendedCellStyles _styles;
    private readonly SpreadsheetXmlCopy _copy;
    private readonly string _row;
    private readonly string _sheetData;
    private readonly string _dimension;
    private readonly string _cols;
    private readonly List<(int Min, int Max, uint Style)> _columnStyles = [];
    private readonly HashSet<string> _droppedSharedFormulas = new(StringComparer.Ordinal);
    private Dictionary<int, uint> _stylesAbove = [];
    private int _nextAppended;

    public SheetPartRewriter(SheetWritePlan plan, AppendedCellStyles styles, SpreadsheetXmlCopy copy)
    {
        _plan = plan;
        _styles = styles;
        _copy = copy;
        _row = copy.Names.Add("row");
        _sheetData = copy.Names.Add("sheetData");
        _dimension = copy.Names.Add("dimension");
        _cols = copy.Names.Add("cols");
    }

    /// <summary>A formula was replaced by text: the workbook's calculation chain must not list it any more.</summary>
    public bool RemovedFormula { get; private set; }

    public void Rewrite(XmlReader reader, XmlWriter writer)
    {
        reader.MoveToContent();
        var rootDepth = reader.Depth;
        var empty = reader.IsEmptyElement;
        _copy.WriteStartElement(reader, writer);
        reader.Read();
        var wroteData = false;
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rootDepth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != rootDepth + 1)
            {
                _copy.CopyNode(reader, writer);
            }
            else if (_copy.IsMain(reader, _sheetData))
            {
                RewriteSheetData(reader, writer);
                wroteData = true;
            }
            else if (_copy.IsMain(reader, _dimension))
            {
                _copy.CopyNode(reader, writer, (attribute, _) => attribute.LocalName == "ref" ? WidenedDimension(attribute.Value) : attribute.Value);
            }
            else if (_copy.IsMain(reader, _cols))
            {
                var cols = (XElement)XNode.ReadFrom(reader);
                ReadColumnStyles(cols);
                using var again = cols.CreateReader();
                _copy.CopyAll(again, writer);
            }
            else
            {
                if (!wroteData && AfterSheetData.Contains(reader.LocalName))
                {
                    WriteNewSheetData(writer);
                    wroteData = true;
                }

                _copy.CopyNode(reader, writer);
            }
        }

        if (!wroteData)
        {
            WriteNewSheetData(writer);
        }

        writer.WriteEndElement();
    }

    private void WriteNewSheetData(XmlWriter writer)
    {
        writer.WriteStartElement("sheetData", SpreadsheetMl.Main);
        WriteAppendedBefore(writer, int.MaxValue);
        writer.WriteEndElement();
    }

    private void RewriteSheetData(XmlReader reader, XmlWriter writer)
    {
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        _copy.WriteStartElement(reader, writer);
        reader.Read();
        var number = 0;
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (!_copy.IsMain(reader, _row))
            {
                _copy.CopyNode(reader, writer);
                continue;
            }

            // Numbered as the reader numbers rows: by their r, else one after the row before.
            number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var explicitNumber) && explicitNumber > 0
                ? explicitNumber
                : number + 1;
            WriteAppendedBefore(writer, number);
            if (_nextAppended < _plan.Appended.Count && _plan.Appended[_nextAppended].RowNumber == number)
            {
                // A blank row (formatting only) where a new row goes: the new row takes its place.
                reader.Skip();
                WriteAppendedBefore(writer, number + 1);
                continue;
            }

            var edits = _plan.Edits.GetValueOrDefault(number);
            var isRowAbove = number == _plan.LastRow && number > _plan.HeaderRow && _plan.Appended.Count > 0;
            if (edits is null && !isRowAbove && _droppedSharedFormulas.Count == 0)
            {
                _copy.CopyNode(reader, writer);
                continue;
            }

            var row = (XElement)XNode.ReadFrom(reader);
            RewriteRow(row, number, edits ?? [], isRowAbove);
            using var rewritten = row.CreateReader();
            _copy.CopyAll(rewritten, writer);
        }

        WriteAppendedBefore(writer, int.MaxValue);
        writer.WriteEndElement();
        if (!empty)
        {
            reader.Read();
        }
    }

    private void RewriteRow(XElement row, int number, List<(int Column, string Text)> edits, bool isRowAbove)
    {
        // Every cell gets its address, so a cell put in between cannot shift the ones after it.
        row.SetAttributeValue("r", number);
        row.SetAttributeValue("spans", null);
        var cells = new SortedDictionary<int, XElement>();
        var position = -1;
        foreach (var cell in row.Elements(CellName).ToList())
        {
            // As the reader places cells: by a readable r, else one after the cell before.
            var stated = cell.Attribute("r")?.Value is { } reference ? CellAddress.ColumnIndex(reference) : -1;
            position = stated >= 0 ? stated : position + 1;
            cell.SetAttributeValue("r", CellAddress.Of(position, number));
            cells.TryAdd(position, cell);
        }

        foreach (var (column, text) in edits)
        {
            if (!cells.TryGetValue(column, out var cell))
            {
                if (text.Length == 0)
                {
                    continue;
                }

                cell = new XElement(CellName, new XAttribute("r", CellAddress.Of(column, number)));
                if (ColumnStyle(column) is { } style)
                {
                    cell.SetAttributeValue("s", style);
                }

                var after = cells.Keys.Where(k => k > column).Select(k => cells[k]).FirstOrDefault();
                if (after is null)
                {
                    row.Add(cell);
                }
                else
                {
                    after.AddBeforeSelf(cell);
                }

                cells[column] = cell;
            }

            SetText(cell, text);
        }

        foreach (var cell in cells.Values)
        {
            // The other cells of a shared formula whose first cell became text keep their last values.
            if (_droppedSharedFormulas.Count > 0 && cell.Element(FormulaName) is { } formula
                && (string?)formula.Attribute("t") == "shared" && formula.Attribute("ref") is null
                && formula.Attribute("si")?.Value is { } si && _droppedSharedFormulas.Contains(si))
            {
                formula.Remove();
                RemovedFormula = true;
            }
        }

        if (isRowAbove)
        {
            _stylesAbove = cells.Where(c => c.Value.Attribute("s") is not null)
                .ToDictionary(c => c.Key, c => uint.TryParse(c.Value.Attribute("s")!.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0);
        }
    }

    private void SetText(XElement cell, string text)
    {
        if (cell.Element(FormulaName) is { } formula)
        {
            RemovedFormula = true;
            if ((string?)formula.Attribute("t") == "shared" && formula.Attribute("ref") is not null && formula.Attribute("si")?.Value is { } si)
            {
                _droppedSharedFormulas.Add(si);
            }
        }

        cell.RemoveNodes();

        // The type, and cell and value metadata (dynamic arrays, rich values), belonged to the old value.
        cell.SetAttributeValue("t", null);
        cell.SetAttributeValue("cm", null);
        cell.SetAttributeValue("vm", null);
        if (text.Length > 0)
        {
            cell.SetAttributeValue("t", "inlineStr");
            cell.Add(InlineString(text));
        }
    }

    private static XElement InlineString(string text) =>
        new(MainNs + "is", new XElement(MainNs + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), WorksheetRowReader.EncodeEscapes(text)));

    // Writes the appended rows numbered below before.
    private void WriteAppendedBefore(XmlWriter writer, int before)
    {
        while (_nextAppended < _plan.Appended.Count && _plan.Appended[_nextAppended].RowNumber < before)
        {
            WriteAppended(writer, _plan.Appended[_nextAppended++]);
        }
    }

    private void WriteAppended(XmlWriter writer, SheetWritePlan.AppendedRow row)
    {
        var used = new Dictionary<int, uint>();
        writer.WriteStartElement("row", SpreadsheetMl.Main);
        writer.WriteAttributeString("r", row.RowNumber.ToString(CultureInfo.InvariantCulture));
        foreach (var cell in row.Cells)
        {
            uint? above = _stylesAbove.TryGetValue(cell.Column, out var s) ? s : ColumnStyle(cell.Column);
            var style = cell.Serial is null ? above : _styles.ForDate(above, cell.HasTime);
            writer.WriteStartElement("c", SpreadsheetMl.Main);
            writer.WriteAttributeString("r", CellAddress.Of(cell.Column, row.RowNumber));
            if (style is { } chosen)
            {
                writer.WriteAttributeString("s", chosen.ToString(CultureInfo.InvariantCulture));
                used[cell.Column] = chosen;
            }

            if (cell.Serial is { } serial)
            {
                writer.WriteElementString("v", SpreadsheetMl.Main, serial.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteAttributeString("t", "inlineStr");
                writer.WriteStartElement("is", SpreadsheetMl.Main);
                writer.WriteStartElement("t", SpreadsheetMl.Main);
                writer.WriteAttributeString("xml", "space", null, "preserve");
                writer.WriteString(WorksheetRowReader.EncodeEscapes(cell.Text!));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();

        // The next appended row takes its styles from this one, as it would from any row above.
        foreach (var (column, style) in _stylesAbove)
        {
            used.TryAdd(column, style);
        }

        _stylesAbove = used;
    }

    private void ReadColumnStyles(XElement cols)
    {
        foreach (var col in cols.Elements(MainNs + "col"))
        {
            if (int.TryParse((string?)col.Attribute("min"), NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                && int.TryParse((string?)col.Attribute("max"), NumberStyles.None, CultureInfo.InvariantCulture, out var max)
                && uint.TryParse((string?)col.Attribute("style"), NumberStyles.None, CultureInfo.InvariantCulture, out var style))
            {
                _columnStyles.Add((min - 1, max - 1, style));
            }
        }
    }

    // The style Excel gives a new cell of a column: the column's own, when it has one.
    private uint? ColumnStyle(int column)
    {
        foreach (var (min, max, style) in _columnStyles)
        {
            if (column >= min && column <= max)
            {
                return style;
            }
        }

        return null;
    }

    private string WidenedDimension(string reference)
    {
        if (_plan.Appended.Count == 0)
        {
            return reference;
        }

        var last = _plan.NewLastRow;
        var widest = _plan.Appended.SelectMany(r => r.Cells).Select(c => c.Column).DefaultIfEmpty(0).Max();
        var parts = reference.Split(':');
        var from = parts[0];
        var to = parts[^1];
        var letters = new string(to.TakeWhile(char.IsAsciiLetter).ToArray());
        if (letters.Length == 0 || !int.TryParse(to.AsSpan(letters.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var endRow))
        {
            return reference;
        }

        var endColumn = Math.Max(CellAddress.ColumnIndex(to), widest);
        return $"{from}:{CellAddress.Of(endColumn, Math.Max(endRow, last))}";
    }
}
