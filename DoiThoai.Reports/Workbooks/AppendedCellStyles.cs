using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The cell styles dates are written with when rows are appended: the style of the cell above when it shows what
/// is written (a day, or a day and a time), else an existing style that does, else a new one made from the style
/// above with <c>dd/mm/yyyy</c> or <c>dd/mm/yyyy hh:mm</c> (added to the styles part once, and found again next
/// time). Read from the workbook before the sheet is written; writes its additions into the styles part after.
/// Not thread-safe.
/// </summary>
internal sealed class AppendedCellStyles
{
    private const string DateCode = "dd/mm/yyyy";
    private const string DateTimeCode = "dd/mm/yyyy hh:mm";

    private readonly List<Xf> _xfs;
    private readonly int _existingXfs;
    private readonly int _existingFormats;
    private readonly Dictionary<uint, string> _formats;
    private readonly List<(uint Id, string Code)> _newFormats = [];
    private readonly List<(int Base, uint Format)> _newXfs = [];

    private AppendedCellStyles(List<Xf> xfs, Dictionary<uint, string> formats, int formatElements, bool hasPart)
    {
        _xfs = xfs;
        _existingXfs = xfs.Count;
        _existingFormats = formatElements;
        _formats = formats;
        HasStylesPart = hasPart;
    }

    /// <summary>The workbook has a styles part with cell formats (without one, dates are written unstyled: no file we know lacks it).</summary>
    public bool HasStylesPart { get; }

    /// <summary>Styles were added, so the styles part must be rewritten.</summary>
    public bool Changed => _newXfs.Count > 0;

    public static AppendedCellStyles Read(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var formats = new Dictionary<uint, string>();
        var formatElements = 0;
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            formatElements++;
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                formats[id] = code;
            }
        }

        var xfs = new List<Xf>();
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            xfs.Add(new Xf(id, SpreadsheetStyles.KindOf(id, formats.GetValueOrDefault(id)), KeyOf(format)));
        }

        return new AppendedCellStyles(xfs, formats, formatElements, xfs.Count > 0);
    }

    /// <summary>The style for a date cell: <paramref name="above"/> when it shows a day (and a time, when <paramref name="withTime"/>); null when the workbook has no styles.</summary>
    public uint? ForDate(uint? above, bool withTime)
    {
        var wanted = withTime ? SpreadsheetStyles.DateFormatKind.DateTime : SpreadsheetStyles.DateFormatKind.Date;
        var baseIndex = above is { } a && a < _xfs.Count ? (int)a : -1;
        if (baseIndex >= 0 && _xfs[baseIndex].Kind == wanted)
        {
            return (uint)baseIndex;
        }

        if (!HasStylesPart)
        {
            return null;
        }

        if (baseIndex < 0)
        {
            var existing = _xfs.FindIndex(x => x.Kind == wanted);
            if (existing >= 0)
            {
                return (uint)existing;
            }

            baseIndex = 0;
        }

        var format = FormatFor(withTime ? DateTimeCode : DateCode);
        var key = _xfs[baseIndex].Key;
        var same = _xfs.FindIndex(x => x.Format == format && x.Key == key);
        if (same >= 0)
        {
            return (uint)same;
        }

        // A style added by this write is itself a copy: the new one copies what that one copied.
        var original = baseIndex < _existingXfs ? baseIndex : _newXfs[baseIndex - _existingXfs].Base;
        _newXfs.Add((original, format));
        _xfs.Add(new Xf(format, wanted, key));
        return (uint)(_xfs.Count - 1);
    }

    /// <summary>Copies the styles part with the added number formats and cell formats.</summary>
    public void Rewrite(SpreadsheetXmlCopy copy, XmlReader reader, XmlWriter writer)
    {
        reader.MoveToContent();
        var rootDepth = reader.Depth;
        copy.WriteStartElement(reader, writer);
        if (reader.IsEmptyElement)
        {
            throw new InvalidDataException("The styles part has no cell formats.");
        }

        reader.Read();
        var wroteFormats = _newFormats.Count == 0;
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rootDepth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != rootDepth + 1)
            {
                copy.CopyNode(reader, writer);
                continue;
            }

            if (!wroteFormats && reader.LocalName == "numFmts")
            {
                CopyList(copy, reader, writer, _existingFormats + _newFormats.Count, "numFmt", (_, _) => { }, WriteNewFormats);
                wroteFormats = true;
                continue;
            }

            if (!wroteFormats)
            {
                // numFmts comes first in a stylesheet; a workbook without any gets one here.
                writer.WriteStartElement("numFmts", SpreadsheetMl.Main);
                writer.WriteAttributeString("count", _newFormats.Count.ToString(CultureInfo.InvariantCulture));
                WriteNewFormats(writer);
                writer.WriteEndElement();
                wroteFormats = true;
            }

            if (reader.LocalName == "cellXfs")
            {
                var bases = _newXfs.Select(x => x.Base).ToHashSet();
                var captured = new Dictionary<int, XElement>();
                CopyList(copy, reader, writer, _existingXfs + _newXfs.Count, "xf", (index, xf) =>
                {
                    if (bases.Contains(index))
                    {
                        captured[index] = new XElement(xf);
                    }
                }, w => WriteNewCellFormats(copy, w, captured));
                continue;
            }

            copy.CopyNode(reader, writer);
        }

        writer.WriteEndElement();
    }

    private void WriteNewFormats(XmlWriter writer)
    {
        foreach (var (id, code) in _newFormats)
        {
            writer.WriteStartElement("numFmt", SpreadsheetMl.Main);
            writer.WriteAttributeString("numFmtId", id.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("formatCode", code);
            writer.WriteEndElement();
        }
    }

    private void WriteNewCellFormats(SpreadsheetXmlCopy copy, XmlWriter writer, Dictionary<int, XElement> captured)
    {
        XNamespace main = SpreadsheetMl.Main;
        foreach (var (baseIndex, format) in _newXfs)
        {
            var xf = captured.TryGetValue(baseIndex, out var found)
                ? found
                : new XElement(main + "xf", new XAttribute("fontId", 0), new XAttribute("fillId", 0), new XAttribute("borderId", 0), new XAttribute("xfId", 0));
            var added = new XElement(xf);
            added.SetAttributeValue("numFmtId", format);
            added.SetAttributeValue("applyNumberFormat", 1);
            using var reader = added.CreateReader();
            copy.CopyAll(reader, writer);
        }
    }

    /// <summary>
    /// Copies a list element (numFmts, cellXfs) with its count set to <paramref name="total"/>, showing each
    /// <paramref name="item"/> element to <paramref name="seen"/> by position, and writing the additions before its end.
    /// </summary>
    private static void CopyList(SpreadsheetXmlCopy copy, XmlReader reader, XmlWriter writer, int total, string item, Action<int, XElement> seen, Action<XmlWriter> additions)
    {
        var depth = reader.Depth;
        var empty = reader.IsEmptyElement;
        copy.WriteStartElement(reader, writer, a => a.LocalName == "count" ? total.ToString(CultureInfo.InvariantCulture) : a.Value);
        reader.Read();
        var index = 0;
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == item)
            {
                var element = (XElement)XNode.ReadFrom(reader);
                seen(index++, element);
                using var again = element.CreateReader();
                copy.CopyAll(again, writer);
                continue;
            }

            copy.CopyNode(reader, writer);
        }

        additions(writer);
        writer.WriteEndElement();
        if (!empty)
        {
            reader.Read();
        }
    }

    private uint FormatFor(string code)
    {
        foreach (var (id, existing) in _formats.Concat(_newFormats.Select(f => new KeyValuePair<uint, string>(f.Id, f.Code))))
        {
            if (string.Equals(existing, code, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        // Custom formats are numbered from 164, after the built-in ones.
        var next = Math.Max(163u, _formats.Keys.Concat(_newFormats.Select(f => f.Id)).DefaultIfEmpty(163u).Max()) + 1;
        _newFormats.Add((next, code));
        return next;
    }

    // What makes two cell formats look alike apart from their number format.
    private static string KeyOf(CellFormat format) =>
        string.Join(' ', format.GetAttributes().Where(a => a.LocalName is not ("numFmtId" or "applyNumberFormat")).Select(a => $"{a.LocalName}={a.Value}").Order(StringComparer.Ordinal))
        + "|" + format.InnerXml;

    private readonly record struct Xf(uint Format, SpreadsheetStyles.DateFormatKind Kind, string Key);
}
