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

    private XmlReader Open(OpenXmlPart part) =>
        XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
            NameTable = _names,
        });

    /// <summary>All shared strings of the workbook, by index.</summary>
    public string[] SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = Open(part);
        var si = _names.Add("si");
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, si))
            {
                strings.Add(ReadRichText(reader));
            }
        }

        return [.. strings];
    }

    /// <summary>The rows of <paramref name="part"/>, in sheet order, blank rows left out.</summary>
    /// <param name="part">The worksheet.</param>
    /// <param name="sharedStrings">The workbook's shared strings.</param>
    /// <param name="dateStyles">Which style indexes show dates.</param>
    /// <param name="serialOffset">Added to date serials (1462 for the 1904 date system).</param>
    /// <param name="cancellationToken">Checked between rows.</param>
    public IEnumerable<SheetRow> Rows(WorksheetPart part, string[] sharedStrings, bool[] dateStyles, double serialOffset, CancellationToken cancellationToken)
    {
        var merges = MergedAreas(part);
        using var reader = Open(part);
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

    private SheetRow ReadRow(XmlReader reader, ref int rowNumber, string[] sharedStrings, bool[] dateStyles, double serialOffset)
    {
        var hidden = false;
        var explicitNumber = 0;
        while (reader.MoveToNextAttribute())
        {
            if (ReferenceEquals(reader.LocalName, _r))
            {
                int.TryParse(reader.Value, NumberStyles.None, CultureInfo.InvariantCulture, out explicitNumber);
            }
            else if (ReferenceEquals(reader.LocalName, _hidden))
            {
                hidden = reader.Value is "1" or "true";
            }
        }

        reader.MoveToElement();
        rowNumber = explicitNumber > 0 ? explicitNumber : rowNumber + 1;
        var cells = new List<SheetCell>(_lastRowWidth);
        if (reader.IsEmptyElement)
        {
            return new SheetRow(rowNumber, cells, hidden);
        }

        var rowDepth = reader.Depth;
        var column = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == rowDepth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _c))
            {
                if (ReadCell(reader, ref column, sharedStrings, dateStyles, serialOffset) is { } cell)
                {
                    cells.Add(cell);
                }
            }
        }

        _lastRowWidth = Math.Max(4, cells.Count);
        return new SheetRow(rowNumber, cells, hidden);
    }

    private SheetCell? ReadCell(XmlReader reader, ref int column, string[] sharedStrings, bool[] dateStyles, double serialOffset)
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
        if (reader.IsEmptyElement)
        {
            return null;
        }

        string? value = null;
        string? inline = null;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(reader.LocalName, _v))
                {
                    value = ReadSimpleContent(reader);
                    continue;
                }

                if (ReferenceEquals(reader.LocalName, _is))
                {
                    inline = ReadRichText(reader);
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
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && (uint)index < (uint)sharedStrings.Length
                    ? Text(column, sharedStrings[index])
                    : null;
            case "inlineStr":
                return Text(column, inline ?? value);
            case "str" or "d":
                return Text(column, value);
            case "b":
                return value is null ? null : new SheetCell(column, SheetCellKind.Boolean, null, value is "1" or "true" ? 1 : 0);
            case "e":
                return value is null ? null : new SheetCell(column, SheetCellKind.Error, value);
            default:
                if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return inline is null ? null : Text(column, inline);
                }

                var isDate = (uint)style < (uint)dateStyles.Length && dateStyles[style];
                return new SheetCell(column, SheetCellKind.Number, null, isDate ? number + serialOffset : number, isDate);
        }
    }

    /// <summary>
    /// The text of a leaf element (<c>v</c>, <c>t</c>), leaving the reader after its end tag. Cheaper than
    /// <see cref="XmlReader.ReadElementContentAsString()"/> for the usual single text node.
    /// </summary>
    private static string ReadSimpleContent(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        string? single = null;
        StringBuilder? several = null;
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA)
            {
                if (single is null)
                {
                    single = reader.Value;
                }
                else
                {
                    several ??= new StringBuilder(single);
                    several.Append(reader.Value);
                }
            }

            reader.Read();
        }

        reader.Read();
        return several?.ToString() ?? single ?? "";
    }

    private static SheetCell? Text(int column, string? text) =>
        string.IsNullOrEmpty(text) ? null : new SheetCell(column, SheetCellKind.Text, DecodeEscapes(text));

    /// <summary>
    /// The text of an <c>si</c> or <c>is</c> element: its <c>t</c>, or the <c>t</c>s of its runs, without
    /// phonetic guides. Leaves the reader on the element's end tag.
    /// </summary>
    private string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var depth = reader.Depth;
        string? single = null;
        StringBuilder? several = null;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _t))
                {
                    var part = ReadSimpleContent(reader);
                    if (single is null)
                    {
                        single = part;
                    }
                    else
                    {
                        several ??= new StringBuilder(single);
                        several.Append(part);
                    }

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

        return several?.ToString() ?? single ?? "";
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
        using var reader = Open(part);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _mergeCell) && reader.GetAttribute(_ref) is { } reference)
            {
                if (DoiThoai.Reports.Workbooks.MergedAreas.TryParseRange(reference, out var area))
                {
                    areas.Add(area);
                }
            }
        }

        return areas.Count == 0 ? null : new MergedAreas(areas);
    }

    private static bool MentionsMergeCells(WorksheetPart part)
    {
        ReadOnlySpan<byte> needle = "mergeCell "u8;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
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
