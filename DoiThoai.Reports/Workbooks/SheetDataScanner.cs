using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// A forward-only scanner for the <c>sheetData</c> of a worksheet part, working on the UTF-8 bytes. A general
/// XML reader turns every attribute and value into a string; a sheet of 100,000 rows has millions of them, and
/// the reader only needs a cell's column, style, type and value. Handles what SpreadsheetML producers write:
/// namespace prefixes, either quote, entities and character references, comments, CDATA, self-closing tags,
/// missing <c>r</c> attributes. A UTF-16 part is converted first. Not thread-safe; one instance per part.
/// </summary>
internal sealed class SheetDataScanner
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _end;
    private bool _exhausted;

    // The element just read by NextTag: its local name, attributes (offsets into _buffer) and kind.
    private int _nameStart;
    private int _nameLength;
    private int _attributesStart;
    private int _attributesEnd;

    private SheetDataScanner(Stream stream) => _stream = stream;

    private enum Tag
    {
        None,
        Start,
        SelfClosing,
        End,
    }

    /// <summary>A scanner over <paramref name="stream"/> (UTF-8, or UTF-16 with a byte-order mark).</summary>
    public static SheetDataScanner Create(Stream stream)
    {
        var scanner = new SheetDataScanner(stream);
        scanner.Fill(4);
        var head = scanner._buffer.AsSpan(0, scanner._end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // Rare enough to convert whole: decode the rest as UTF-16 and scan UTF-8.
            var rest = new MemoryStream();
            rest.Write(head);
            stream.CopyTo(rest);
            rest.Position = 0;
            using var reader = new StreamReader(rest, detectEncodingFromByteOrderMarks: true);
            return new SheetDataScanner(new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd())));
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            scanner._position = 3;
        }

        return scanner;
    }

    /// <summary>The rows, as <see cref="WorksheetRowReader"/> defines them (blank rows included, the caller drops them).</summary>
    public IEnumerable<SheetRow> Rows(string[] sharedStrings, bool[] dateStyles, double serialOffset, CancellationToken cancellationToken)
    {
        // Skip to <sheetData>.
        Tag tag;
        while ((tag = NextTag()) != Tag.None)
        {
            if (tag is Tag.Start or Tag.SelfClosing && NameIs("sheetData"u8))
            {
                break;
            }
        }

        if (tag != Tag.Start)
        {
            yield break;
        }

        var rowNumber = 0;
        var width = 16;
        var count = 0;
        while ((tag = NextTag()) != Tag.None)
        {
            if (tag == Tag.End && NameIs("sheetData"u8))
            {
                yield break;
            }

            if (tag == Tag.End || !NameIs("row"u8))
            {
                continue;
            }

            if ((++count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var explicitNumber = Attribute("r"u8) is { Length: > 0 } r && Utf8Parser.TryParse(r, out int parsedRow, out _) ? parsedRow : 0;
            var hidden = Attribute("hidden"u8) is { Length: > 0 } h && (h.SequenceEqual("1"u8) || h.SequenceEqual("true"u8));
            rowNumber = explicitNumber > 0 ? explicitNumber : rowNumber + 1;
            var cells = new List<SheetCell>(width);
            if (tag == Tag.Start)
            {
                ReadCells(cells, sharedStrings, dateStyles, serialOffset);
            }

            width = Math.Max(4, cells.Count);
            yield return new SheetRow(rowNumber, cells, hidden);
        }
    }

    private void ReadCells(List<SheetCell> cells, string[] sharedStrings, bool[] dateStyles, double serialOffset)
    {
        var column = -1;
        Tag tag;
        while ((tag = NextTag()) != Tag.None)
        {
            if (tag == Tag.End && NameIs("row"u8))
            {
                return;
            }

            if (tag == Tag.End || !NameIs("c"u8))
            {
                continue;
            }

            var reference = Attribute("r"u8);
            column = reference.Length > 0 ? ColumnOf(reference) : column + 1;
            var style = Attribute("s"u8) is { Length: > 0 } s && Utf8Parser.TryParse(s, out int parsedStyle, out _) ? parsedStyle : 0;
            var type = CellType(Attribute("t"u8));
            if (tag == Tag.SelfClosing)
            {
                continue;
            }

            if (ReadCellContent(column, type, style, sharedStrings, dateStyles, serialOffset) is { } cell)
            {
                cells.Add(cell);
            }
        }
    }

    private enum Kind
    {
        Number,
        Shared,
        Inline,
        FormulaString,
        Boolean,
        Error,
        Date,
    }

    private static Kind CellType(ReadOnlySpan<byte> t) => t switch
    {
        [(byte)'s'] => Kind.Shared,
        [(byte)'b'] => Kind.Boolean,
        [(byte)'e'] => Kind.Error,
        [(byte)'d'] => Kind.Date,
        _ when t.SequenceEqual("str"u8) => Kind.FormulaString,
        _ when t.SequenceEqual("inlineStr"u8) => Kind.Inline,
        _ => Kind.Number,
    };

    // Inside <c>...</c>: the cached <v>, or the <is> of an inline string; <f> and anything else is skipped.
    private SheetCell? ReadCellContent(int column, Kind type, int style, string[] sharedStrings, bool[] dateStyles, double serialOffset)
    {
        SheetCell? cell = null;
        string? inline = null;
        Tag tag;
        while ((tag = NextTag()) != Tag.None)
        {
            if (tag == Tag.End)
            {
                if (NameIs("c"u8))
                {
                    break;
                }

                continue;
            }

            if (NameIs("v"u8))
            {
                if (tag == Tag.Start)
                {
                    cell = ValueCell(column, type, style, sharedStrings, dateStyles, serialOffset);
                }
            }
            else if (NameIs("is"u8))
            {
                if (tag == Tag.Start)
                {
                    inline = ReadRichText("is"u8);
                }
            }
            else if (tag == Tag.Start)
            {
                SkipElement();
            }
        }

        if (cell is null && inline is not null)
        {
            return TextCell(column, inline);
        }

        return cell;
    }

    private SheetCell? ValueCell(int column, Kind type, int style, string[] sharedStrings, bool[] dateStyles, double serialOffset)
    {
        switch (type)
        {
            case Kind.Shared:
                {
                    var raw = RawText();
                    return Utf8Parser.TryParse(raw.Trim(" \t\r\n"u8), out int index, out _) && (uint)index < (uint)sharedStrings.Length
                        ? TextCell(column, sharedStrings[index])
                        : null;
                }

            case Kind.Number:
                {
                    var raw = RawText().Trim(" \t\r\n"u8);
                    if (raw.Length == 0 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return null;
                    }

                    var isDate = (uint)style < (uint)dateStyles.Length && dateStyles[style];
                    return new SheetCell(column, SheetCellKind.Number, null, isDate ? number + serialOffset : number, isDate);
                }

            case Kind.Boolean:
                {
                    var raw = RawText().Trim(" \t\r\n"u8);
                    return raw.Length == 0 ? null : new SheetCell(column, SheetCellKind.Boolean, null, raw.SequenceEqual("1"u8) || raw.SequenceEqual("true"u8) ? 1 : 0);
                }

            case Kind.Error:
                {
                    var text = ReadText();
                    return text.Length == 0 ? null : new SheetCell(column, SheetCellKind.Error, text);
                }

            default:
                return TextCell(column, ReadText());
        }
    }

    private static SheetCell? TextCell(int column, string text) =>
        text.Length == 0 ? null : new SheetCell(column, SheetCellKind.Text, WorksheetRowReader.DecodeEscapes(text));

    /// <summary>The <c>t</c>s of an <c>is</c> (or its runs), without phonetic guides, up to the end tag of <paramref name="element"/>.</summary>
    private string ReadRichText(ReadOnlySpan<byte> element)
    {
        string? single = null;
        StringBuilder? several = null;
        Tag tag;
        while ((tag = NextTag()) != Tag.None)
        {
            if (tag == Tag.End)
            {
                if (NameIs(element))
                {
                    break;
                }

                continue;
            }

            if (NameIs("rPh"u8) || NameIs("rPr"u8))
            {
                if (tag == Tag.Start)
                {
                    SkipElement();
                }
            }
            else if (NameIs("t"u8) && tag == Tag.Start)
            {
                var part = ReadText();
                if (single is null)
                {
                    single = part;
                }
                else
                {
                    several ??= new StringBuilder(single);
                    several.Append(part);
                }
            }
        }

        return several?.ToString() ?? single ?? "";
    }

    /// <summary>Skips the element just opened, with everything inside it.</summary>
    private void SkipElement()
    {
        var depth = 1;
        Tag tag;
        while (depth > 0 && (tag = NextTag()) != Tag.None)
        {
            depth += tag switch
            {
                Tag.Start => 1,
                Tag.End => -1,
                _ => 0,
            };
        }
    }

    /// <summary>The bytes of the text before the next tag (no entities expected: numbers, indexes).</summary>
    private ReadOnlySpan<byte> RawText()
    {
        var length = FindByte((byte)'<') - _position;
        if (Ensure(length + 2) && _buffer[_position + length + 1] == (byte)'!')
        {
            // A CDATA section or a comment inside the value: take the general path.
            return Encoding.UTF8.GetBytes(ReadText());
        }

        var at = _position + length;
        var text = _buffer.AsSpan(_position, length);
        if (text.IndexOf((byte)'&') >= 0)
        {
            // Entities in a number are odd but legal; decode properly.
            var decoded = Encoding.UTF8.GetBytes(Decode(text));
            _position = at;
            return decoded;
        }

        _position = at;
        return text;
    }

    /// <summary>The decoded text up to the end of the current element, CDATA and comments included or skipped as XML says.</summary>
    private string ReadText()
    {
        string? single = null;
        StringBuilder? several = null;
        while (true)
        {
            var at = FindByte((byte)'<');
            if (at > _position)
            {
                Append(Decode(_buffer.AsSpan(_position, at - _position)));
            }

            _position = at;
            if (!Ensure(9))
            {
                break;
            }

            var rest = _buffer.AsSpan(_position, _end - _position);
            if (rest.StartsWith("<![CDATA["u8))
            {
                _position += 9;
                var close = Find("]]>"u8);
                Append(Encoding.UTF8.GetString(_buffer, _position, close - _position));
                _position = Math.Min(close + 3, _end);
            }
            else if (rest.StartsWith("<!--"u8))
            {
                _position = Math.Min(Find("-->"u8) + 3, _end);
            }
            else
            {
                break;
            }
        }

        // The end tag of the element is consumed by the caller's next NextTag.
        return several?.ToString() ?? single ?? "";

        void Append(string part)
        {
            if (single is null)
            {
                single = part;
            }
            else
            {
                several ??= new StringBuilder(single);
                several.Append(part);
            }
        }
    }

    /// <summary>Advances to the next element tag, skipping text, comments, CDATA, declarations and processing instructions.</summary>
    private Tag NextTag()
    {
        while (true)
        {
            var at = FindByte((byte)'<');
            _position = at;
            if (!Ensure(2))
            {
                _position = _end;
                return Tag.None;
            }

            var next = _buffer[_position + 1];
            if (next == (byte)'?')
            {
                _position = Math.Min(Find("?>"u8) + 2, _end);
                continue;
            }

            if (next == (byte)'!')
            {
                Ensure(9);
                var rest = _buffer.AsSpan(_position, _end - _position);
                _position = rest.StartsWith("<!--"u8) ? Math.Min(Find("-->"u8) + 3, _end)
                    : rest.StartsWith("<![CDATA["u8) ? Math.Min(Find("]]>"u8) + 3, _end)
                    : Math.Min(FindTagEnd(_position) + 1, _end);
                continue;
            }

            var end = FindTagEnd(_position);
            if (end >= _end)
            {
                _position = _end;
                return Tag.None;
            }

            var isEnd = next == (byte)'/';
            var nameStart = _position + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < end && _buffer[nameEnd] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>'))
            {
                nameEnd++;
            }

            // Local name only: "x:row" is a row.
            var colon = _buffer.AsSpan(nameStart, nameEnd - nameStart).IndexOf((byte)':');
            _nameStart = colon >= 0 ? nameStart + colon + 1 : nameStart;
            _nameLength = nameEnd - _nameStart;
            _attributesStart = nameEnd;
            var selfClosing = !isEnd && _buffer[end - 1] == (byte)'/';
            _attributesEnd = selfClosing ? end - 1 : end;
            _position = end + 1;
            return isEnd ? Tag.End : selfClosing ? Tag.SelfClosing : Tag.Start;
        }
    }

    private bool NameIs(ReadOnlySpan<byte> name) => _buffer.AsSpan(_nameStart, _nameLength).SequenceEqual(name);

    /// <summary>The raw value of an attribute of the last tag (by local name), or empty. Valid until the next read.</summary>
    private ReadOnlySpan<byte> Attribute(ReadOnlySpan<byte> name)
    {
        var span = _buffer.AsSpan(_attributesStart, _attributesEnd - _attributesStart);
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && span[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            var nameStart = i;
            while (i < span.Length && span[i] is not ((byte)'=' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                i++;
            }

            var attribute = span[nameStart..i];
            while (i < span.Length && span[i] is not ((byte)'"' or (byte)'\''))
            {
                i++;
            }

            if (i >= span.Length)
            {
                break;
            }

            var quote = span[i++];
            var valueStart = i;
            while (i < span.Length && span[i] != quote)
            {
                i++;
            }

            var value = span[valueStart..Math.Min(i, span.Length)];
            i++;
            var colon = attribute.IndexOf((byte)':');
            if ((colon >= 0 ? attribute[(colon + 1)..] : attribute).SequenceEqual(name) && (colon < 0 || !attribute[..colon].SequenceEqual("xmlns"u8)))
            {
                return value;
            }
        }

        return [];
    }

    private static int ColumnOf(ReadOnlySpan<byte> reference)
    {
        var index = 0;
        foreach (var b in reference)
        {
            var upper = b & ~0x20;
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = index * 26 + (upper - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>Decodes UTF-8 text with XML entities and line-end normalisation (as any XML reader would).</summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (bytes.IndexOfAny((byte)'&', (byte)'\r') < 0)
        {
            return text;
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!text.Contains('&'))
        {
            return text;
        }

        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var semicolon = text[i] == '&' ? text.IndexOf(';', i + 1) : -1;
            if (semicolon < 0 || semicolon - i > 12)
            {
                decoded.Append(text[i]);
                continue;
            }

            var entity = text.AsSpan(i + 1, semicolon - i - 1);
            int code;
            switch (entity)
            {
                case "lt": decoded.Append('<'); break;
                case "gt": decoded.Append('>'); break;
                case "amp": decoded.Append('&'); break;
                case "quot": decoded.Append('"'); break;
                case "apos": decoded.Append('\''); break;
                case ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code) && code is > 0 and <= 0x10FFFF:
                    decoded.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                    break;
                case ['#', .. var digits] when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code) && code is > 0 and <= 0x10FFFF:
                    decoded.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                    break;
                default:
                    decoded.Append(text, i, semicolon - i + 1);
                    break;
            }

            i = semicolon;
        }

        return decoded.ToString();
    }

    /// <summary>Position of the '>' closing the tag that starts at <paramref name="start"/>, skipping quoted attribute values.</summary>
    private int FindTagEnd(int start)
    {
        var offset = start - _position;
        var quote = (byte)0;
        for (var i = _position + offset + 1; ; i++)
        {
            if (i >= _end)
            {
                var relative = i - _position;
                if (!Fill(relative + 1))
                {
                    return _end;
                }

                i = _position + relative;
            }

            var b = _buffer[i];
            if (quote != 0)
            {
                if (b == quote)
                {
                    quote = 0;
                }
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == (byte)'>')
            {
                return i;
            }
        }
    }

    /// <summary>Position of the next <paramref name="value"/> byte at or after the current position, or the end.</summary>
    private int FindByte(byte value)
    {
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_position + searched, _end - _position - searched).IndexOf(value);
            if (found >= 0)
            {
                return _position + searched + found;
            }

            searched = _end - _position;
            if (!Fill(searched + 1))
            {
                return _end;
            }
        }
    }

    /// <summary>Position of the next <paramref name="value"/> sequence, or the end.</summary>
    private int Find(ReadOnlySpan<byte> value)
    {
        var searched = 0;
        while (true)
        {
            var found = _buffer.AsSpan(_position + searched, _end - _position - searched).IndexOf(value);
            if (found >= 0)
            {
                return _position + searched + found;
            }

            searched = Math.Max(0, _end - _position - value.Length + 1);
            if (!Fill(_end - _position + 1))
            {
                return _end;
            }
        }
    }

    private bool Ensure(int count) => _end - _position >= count || Fill(count);

    /// <summary>Makes at least <paramref name="count"/> bytes from the current position available (moving or growing the buffer); false at the end of the stream.</summary>
    private bool Fill(int count)
    {
        while (_end - _position < count)
        {
            if (_exhausted)
            {
                return false;
            }

            if (_position > 0)
            {
                Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
                _end -= _position;
                _attributesStart -= _position;
                _attributesEnd -= _position;
                _nameStart -= _position;
                _position = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _exhausted = true;
                return _end - _position >= count;
            }

            _end += read;
        }

        return true;
    }
}
