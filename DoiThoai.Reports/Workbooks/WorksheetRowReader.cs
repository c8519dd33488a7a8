using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Streams the rows of one worksheet part with the Open XML SDK's part streams and an <see cref="XmlReader"/>
/// (no DOM: a sheet of 100,000 rows never sits in memory). Resolves shared strings, inline strings, cached
/// formula values, error values and date styles into <see cref="SheetCell"/>s; copies a merged area's value
/// into its other cells; keeps hidden rows (flagged) and leaves blank rows out. Names are compared as atoms
/// of one <see cref="NameTable"/>, so no string is made for an element name. Not thread-safe.
/// </summary>
internal sealed partial class WorksheetRowReader
{
    private readonly NameTable _names = new();
    private readonly string _sheetData;
    private readonly string _row;
    private readonly string _c;
    private readonly string _v;
    private readonly string _is;
    private readonly string _t;
    private readonly string _r;
    private readonly string _rPh;
    private readonly string _rPr;
    private readonly string _s;
    private readonly string _hidden;
    private readonly string _mergeCell;
    private readonly string _ref;

    // Rows of a sheet are about as wide as each other: size the next row's list from the last one.
    private int _lastRowWidth = 16;

    public WorksheetRowReader()
    {
        _sheetData = _names.Add("sheetData");
        _row = _names.Add("row");
        _c = _names.Add("c");
        _v = _names.Add("v");
        _is = _names.Add("is");
        _t = _names.Add("t");
        _r = _names.Add("r");
        _rPh = _names.Add("rPh");
        _rPr = _names.Add("rPr");
        _s = _names.Add("s");
        _hidden = _names.Add("hidden");
        _mergeCell = _names.Add("mergeCell");
        _ref = _names.Add("ref");
    }

    /// <summary>The file, for messages.</summary>
    public string File { get; init; } = "";

    /// <summary>The sizes declared by the package, checked before each part is opened; null to skip (tests).</summary>
    public PackageSizes? Sizes { get; init; }

    private XmlReader Open(OpenXmlPart part, long maxBytes)
    {
        Sizes?.Check(part, maxBytes);
        var stream = new BoundedPartStream(part.GetStream(FileMode.Open, FileAccess.Read), maxBytes, File, part.Uri.OriginalString.TrimStart('/'));
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
            NameTable = _names,
        });
    }

    /// <summary>All shared strings of the workbook, by index, each cut at <see cref="WorkbookLimits.MaxCellText"/> + 1 characters.</summary>
    /// <exception cref="WorkbookAccessException">More strings or characters than <see cref="WorkbookLimits"/> allows.</exception>
    public SharedStringTable SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return SharedStringTable.Empty;
        }

        var strings = new List<string>();
        Dictionary<int, long>? lengths = null;
        long chars = 0;
        using var reader = Open(part, WorkbookLimits.MaxSharedStringsPartBytes);
        var si = _names.Add("si");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, si))
            {
                if (strings.Count >= WorkbookLimits.MaxSharedStrings)
                {
                    throw new WorkbookAccessException(WorkbookMessages.TooManySharedStrings(File), code: ErrorCodes.WorkbookInvalid);
                }

                var length = ReadRichText(reader, _inline);
                var text = _inline.ToString();
                chars += text.Length;
                if (chars > WorkbookLimits.MaxSharedStringChars)
                {
                    throw new WorkbookAccessException(WorkbookMessages.SharedStringsTooLong(File), code: ErrorCodes.WorkbookInvalid);
                }

                if (length > text.Length)
                {
                    (lengths ??= [])[strings.Count] = length;
                }

                strings.Add(text);
            }
        }

        return new SharedStringTable([.. strings], lengths);
    }

    /// <summary>The rows of <paramref name="part"/>, in sheet order, blank rows left out.</summary>
    /// <param name="part">The worksheet.</param>
    /// <param name="sheet">Its name, for messages.</param>
    /// <param name="sharedStrings">The workbook's shared strings.</param>
    /// <param name="dateStyles">Which style indexes show dates.</param>
    /// <param name="serialOffset">Added to date serials (1462 for the 1904 date system).</param>
    /// <param name="cancellationToken">Checked between rows.</param>
    /// <exception cref="WorkbookAccessException">A row or a cell beyond Excel's limits, or a part over its bound.</exception>
    public IEnumerable<SheetRow> Rows(WorksheetPart part, string sheet, SharedStringTable sharedStrings, bool[] dateStyles, double serialOffset, CancellationToken cancellationToken)
    {
        _sheet = sheet;
        var merges = MergedAreas(part);
        using var reader = Open(part, WorkbookLimits.MaxSheetPartBytes);
        while (reader.Read() && !(reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _sheetData)))
        {
        }

        if (reader.EOF || reader.IsEmptyElement)
        {
            yield break;
        }

        var dataDepth = reader.Depth;
        var rowNumber = 0;
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == dataDepth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.LocalName, _row))
            {
                continue;
            }

            if ((++count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = ReadRow(reader, ref rowNumber, sharedStrings, dateStyles, serialOffset);
            if (merges is not null)
            {
                row = merges.Apply(row);
            }

            if (row.Cells.Count > 0)
            {
                yield return row;
            }
        }
    }

    private string _sheet = "";

    private SheetRow ReadRow(XmlReader reader, ref int rowNumber, SharedStringTable sharedStrings, bool[] dateStyles, double serialOffset)
    {
        var hidden = false;
        long explicitNumber = 0;
        while (reader.MoveToNextAttribute())
        {
            if (ReferenceEquals(reader.LocalName, _r))
            {
                // A number too long for a long is beyond the limit all the same.
                var value = reader.Value.AsSpan().Trim();
                explicitNumber = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                    : value.Length > 0 && value.ContainsAnyExceptInRange('0', '9') ? 0 : long.MaxValue;
            }
            else if (ReferenceEquals(reader.LocalName, _hidden))
            {
                hidden = reader.Value is "1" or "true";
            }
        }

        reader.MoveToElement();
        var number = explicitNumber > 0 ? explicitNumber : rowNumber + 1L;
        if (number > WorkbookLimits.MaxRows)
        {
            throw new WorkbookAccessException(WorkbookMessages.RowBeyondLimit(File, _sheet, number), code: ErrorCodes.WorkbookInvalid);
        }

        rowNumber = (int)number;
        var cells = new List<SheetCell>(_lastRowWidth);
        if (reader.IsEmptyElement)
        {
            return new SheetRow(rowNumber, cells, hidden);
        }

        var rowDepth = reader.Depth;
        var column = -1;
        long rowText = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == rowDepth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _c))
            {
                if (ReadCell(reader, ref column, rowNumber, sharedStrings, dateStyles, serialOffset) is { } cell)
                {
                    if (cell.Kind == SheetCellKind.Text && (rowText += cell.Text!.Length) > WorkbookLimits.MaxRowTextChars)
                    {
                        cells.Add(new SheetCell(cell.Column, SheetCellKind.Unreadable, WorkbookMessages.RowTextTooLong));
                        continue;
                    }

                    cells.Add(cell);
                }
            }
        }

        _lastRowWidth = Math.Max(4, cells.Count);
        return new SheetRow(rowNumber, cells, hidden);
    }

    private SheetCell? ReadCell(XmlReader reader, ref int column, int rowNumber, SharedStringTable sharedStrings, bool[] dateStyles, double serialOffset)
    {
        string? type = null;
        var style = 0;
        var explicitColumn = -1;
        while (reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, _r))
            {
                explicitColumn = CellAddress.ColumnIndex(reader.Value);
            }
            else if (ReferenceEquals(name, _t))
            {
                type = reader.Value;
            }
            else if (ReferenceEquals(name, _s))
            {
                int.TryParse(reader.Value, NumberStyles.None, CultureInfo.InvariantCulture, out style);
            }
        }

        reader.MoveToElement();
        column = explicitColumn >= 0 ? explicitColumn : column + 1;
        if (column >= WorkbookLimits.MaxColumns)
        {
            throw new WorkbookAccessException(WorkbookMessages.ColumnBeyondLimit(File, _sheet, CellAddress.ColumnLetters(column) + rowNumber), code: ErrorCodes.WorkbookInvalid);
        }

        if (reader.IsEmptyElement)
        {
            return null;
        }

        _value.Clear();
        _inline.Clear();
        var hasValue = false;
        var hasInline = false;
        long inlineLength = 0;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(reader.LocalName, _v))
                {
                    _value.Clear();
                    ReadLeafText(reader, _value);
                    hasValue = true;
                    continue;
                }

                if (ReferenceEquals(reader.LocalName, _is))
                {
                    _inline.Clear();
                    inlineLength = ReadRichText(reader, _inline);
                    hasInline = true;
                    reader.Read();
                    continue;
                }

                // <f> and <extLst>: the cached <v> is what counts.
                reader.Skip();
                continue;
            }

            reader.Read();
        }

        switch (type)
        {
            case "s":
                if (!hasValue)
                {
                    return null;
                }

                return int.TryParse(_value.Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && sharedStrings.TryGet(index, out var shared, out var sharedLength)
                    ? Text(column, shared, sharedLength)
                    : new SheetCell(column, SheetCellKind.Unreadable, WorkbookMessages.MissingSharedString(_value.ToString()));
            case "inlineStr":
                return hasInline ? Text(column, _inline.ToString(), inlineLength) : hasValue ? Text(column, _value.ToString(), _value.Total) : null;
            case "str" or "d":
                return hasValue ? Text(column, _value.ToString(), _value.Total) : null;
            case "b":
                return !hasValue ? null
                    : _value.Span.Trim() is "1" or "true" ? new SheetCell(column, SheetCellKind.Boolean, null, 1)
                    : _value.Span.Trim() is "0" or "false" ? new SheetCell(column, SheetCellKind.Boolean, null, 0)
                    : _value.Span.IsWhiteSpace() ? null
                    : new SheetCell(column, SheetCellKind.Unreadable, WorkbookMessages.NotABoolean(_value.ToString()));
            case "e":
                return hasValue ? new SheetCell(column, SheetCellKind.Error, _value.ToString()) : null;
            case null or "n":
                if (!hasValue || _value.Span.IsWhiteSpace())
                {
                    return hasInline ? Text(column, _inline.ToString(), inlineLength) : null;
                }

                if (!double.TryParse(_value.Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return new SheetCell(column, SheetCellKind.Unreadable, WorkbookMessages.NotANumber(_value.ToString()));
                }

                var isDate = (uint)style < (uint)dateStyles.Length && dateStyles[style];
                return new SheetCell(column, SheetCellKind.Number, null, isDate ? number + serialOffset : number, isDate);
            default:
                return hasValue || hasInline ? new SheetCell(column, SheetCellKind.Unreadable, WorkbookMessages.UnknownCellType(type)) : null;
        }
    }

    // Buffers of the cell being read: its <v> and its inline string, each kept to MaxCellText + 1 characters.
    private readonly CellTextBuffer _value = new(WorkbookLimits.MaxCellText + 1);
    private readonly CellTextBuffer _inline = new(WorkbookLimits.MaxCellText + 1);

    /// <summary>
    /// Appends the text of a leaf element (<c>v</c>, <c>t</c>) to <paramref name="into"/> in chunks, leaving the reader
    /// after its end tag: a text of any length costs the buffer's bound, never a string of its own length.
    /// </summary>
    private static void ReadLeafText(XmlReader reader, CellTextBuffer into)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                into.AppendFrom(reader);
            }

            reader.Read();
        }

        reader.Read();
    }

    private static SheetCell? Text(int column, string text, long length)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // A cut text keeps its cut: decoding escapes could shorten it below the limit it broke.
        return length > text.Length
            ? new SheetCell(column, SheetCellKind.Text, text, OriginalLength: length)
            : new SheetCell(column, SheetCellKind.Text, DecodeEscapes(text));
    }

    /// <summary>
    /// Reads the text of an <c>si</c> or <c>is</c> element into <paramref name="into"/> (cleared first): its <c>t</c>,
    /// or the <c>t</c>s of its runs, without phonetic guides. Leaves the reader on the element's end tag.
    /// </summary>
    /// <returns>How many characters the text has in the file (more than the buffer holds when it was cut).</returns>
    private long ReadRichText(XmlReader reader, CellTextBuffer into)
    {
        into.Clear();
        if (reader.IsEmptyElement)
        {
            return 0;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _t))
                {
                    ReadLeafText(reader, into);
                    continue;
                }

                if (ReferenceEquals(name, _rPh) || ReferenceEquals(name, _rPr))
                {
                    reader.Skip();
                    continue;
                }
            }

            reader.Read();
        }

        return into.Total;
    }

    /// <summary>
    /// Protects literal text that looks like an escape (<c>_x0041_</c>) so Excel shows it as typed, by escaping its
    /// underscore (<c>_x005F_</c>).
    /// </summary>
    internal static string EncodeEscapes(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? EscapeLike().Replace(text, "_x005F_$1") : text;

    [System.Text.RegularExpressions.GeneratedRegex("_(x[0-9A-Fa-f]{4}_)")]
    private static partial System.Text.RegularExpressions.Regex EscapeLike();

    /// <summary>Decodes the <c>_x000D_</c> escapes OOXML uses for characters XML cannot carry.</summary>
    internal static string DecodeEscapes(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var from = 0;
        for (; at >= 0 && at + 7 <= text.Length; at = text.IndexOf("_x", at + 1, StringComparison.Ordinal))
        {
            if (text[at + 6] == '_' && ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append(text, from, at - from).Append((char)code);
                from = at + 7;
                at += 6;
            }
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>
    /// Merged areas come after the rows in the XML, so they are found first: a cheap byte search (most sheets
    /// have none), then an XML pass over the part only when the word appears.
    /// </summary>
    private MergedAreas? MergedAreas(WorksheetPart part)
    {
        if (!MentionsMergeCells(part))
        {
            return null;
        }

        var areas = new List<(int Top, int Left, int Bottom, int Right)>();
        using var reader = Open(part, WorkbookLimits.MaxSheetPartBytes);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _mergeCell) && reader.GetAttribute(_ref) is { } reference)
            {
                if (DoiThoai.Reports.Workbooks.MergedAreas.TryParseRange(reference, out var area))
                {
                    if (areas.Count == WorkbookLimits.MaxMergedAreas)
                    {
                        throw new WorkbookAccessException(WorkbookMessages.TooManyMergedAreas(File, _sheet), code: ErrorCodes.WorkbookInvalid);
                    }

                    areas.Add(area);
                }
            }
        }

        return areas.Count == 0 ? null : new MergedAreas(areas, () => new WorkbookAccessException(WorkbookMessages.MergedAreasOverlap(File, _sheet), code: ErrorCodes.WorkbookInvalid));
    }

    private bool MentionsMergeCells(WorksheetPart part)
    {
        ReadOnlySpan<byte> needle = "mergeCell "u8;
        Sizes?.Check(part, WorkbookLimits.MaxSheetPartBytes);
        using var stream = new BoundedPartStream(part.GetStream(FileMode.Open, FileAccess.Read), WorkbookLimits.MaxSheetPartBytes, File, part.Uri.OriginalString.TrimStart('/'));
        var buffer = new byte[1 << 16];
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var length = carry + read;
            if (buffer.AsSpan(0, length).IndexOf(needle) >= 0)
            {
                return true;
            }

            // Keep the tail in case the word straddles two reads.
            carry = Math.Min(needle.Length - 1, length);
            buffer.AsSpan(length - carry, carry).CopyTo(buffer);
        }

        return false;
    }
}
