using System.IO.Compression;
using System.Text;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// Builds .xlsx files as an attacker would, zip entry by zip entry with <see cref="ZipArchive"/>, each part streamed
/// through a <see cref="TextWriter"/>: a 1.5 GB cell or ten million rows compress to a few megabytes and are never
/// held in memory, here or (the point of the tests) in the reader. The package is otherwise what Excel writes, so the
/// reader gets as far as the hostile part.
/// </summary>
internal sealed class HostileXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, Action<TextWriter> SheetData)> _sheets = [];
    private Action<TextWriter>? _sharedStrings;

    /// <summary>The 14 template headers as inline strings on row 1, then the first data row's number is 2.</summary>
    public static string HeaderRow { get; } = "<row r=\"1\">" + string.Concat(Reports.Submissions.Sheets.WorkbookLayout.Columns.Select((c, i) =>
        $"<c r=\"{Reports.Submissions.Sheets.CellAddress.Of(i, 1)}\" t=\"inlineStr\"><is><t>{c.Header}</t></is></c>")) + "</row>";

    /// <summary>A sheet whose <c>sheetData</c> children <paramref name="rows"/> writes (it may also close sheetData and add more: see <see cref="AfterData"/>).</summary>
    public HostileXlsx Sheet(string name, Action<TextWriter> rows)
    {
        _sheets.Add((name, rows));
        return this;
    }

    /// <summary>The children of <c>sst</c> (the <c>si</c> elements).</summary>
    public HostileXlsx SharedStrings(Action<TextWriter> items)
    {
        _sharedStrings = items;
        return this;
    }

    /// <summary>Marks where <c>sheetData</c> ends, for parts that come after it (merged cells).</summary>
    public const string AfterData = "</sheetData>";

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="c"/> without making a string of them.</summary>
    public static void Repeat(TextWriter writer, char c, long count)
    {
        var chunk = new string(c, 1 << 16).ToCharArray();
        for (; count > 0; count -= chunk.Length)
        {
            writer.Write(chunk, 0, (int)Math.Min(chunk.Length, count));
        }
    }

    /// <summary>
    /// Rewrites the uncompressed size the zip records for <paramref name="entry"/> (central directory and local
    /// header) as <paramref name="declared"/>: a zip bomb's oldest trick, to slip past a check of declared sizes.
    /// </summary>
    public static void Understate(string path, string entry, uint declared)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = 0;
        for (var at = 0; (at = bytes.AsSpan(at).IndexOf("PK\u0001\u0002"u8) is var i and >= 0 ? at + i : -1) >= 0; at += 4)
        {
            var nameLength = BitConverter.ToUInt16(bytes, at + 28);
            if (!bytes.AsSpan(at + 46, nameLength).SequenceEqual(name))
            {
                continue;
            }

            BitConverter.TryWriteBytes(bytes.AsSpan(at + 24), declared);
            var local = (int)BitConverter.ToUInt32(bytes, at + 42);
            BitConverter.TryWriteBytes(bytes.AsSpan(local + 22), declared);
            patched++;
        }

        Assert.AreEqual(1, patched, $"{entry} not found in {path}");
        File.WriteAllBytes(path, bytes);
    }

    public void Write(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            w.Write("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
            w.Write("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                w.Write($"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }

            if (_sharedStrings is not null)
            {
                w.Write("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            }

            w.Write("</Types>");
        });
        Entry(zip, "_rels/.rels", w => w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        Entry(zip, "xl/workbook.xml", w =>
        {
            w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{RelNs}\"><sheets>");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                w.Write($"<sheet name=\"{_sheets[i - 1].Name}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
            }

            w.Write("</sheets></workbook>");
        });
        Entry(zip, "xl/_rels/workbook.xml.rels", w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (var i = 1; i <= _sheets.Count; i++)
            {
                w.Write($"<Relationship Id=\"rId{i}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
            }

            if (_sharedStrings is not null)
            {
                w.Write($"<Relationship Id=\"rIdS\" Type=\"{RelNs}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }

            w.Write("</Relationships>");
        });
        for (var i = 1; i <= _sheets.Count; i++)
        {
            var rows = _sheets[i - 1].SheetData;
            Entry(zip, $"xl/worksheets/sheet{i}.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\" xmlns:r=\"{RelNs}\"><sheetData>");
                var sheetData = new SheetDataWriter(w);
                rows(sheetData);
                if (!sheetData.Closed)
                {
                    w.Write("</sheetData>");
                }

                w.Write("</worksheet>");
            });
        }

        if (_sharedStrings is { } items)
        {
            Entry(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
                items(w);
                w.Write("</sst>");
            });
        }
    }

    private static void Entry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        write(writer);
    }

    /// <summary>Passes the sheet's XML through, noting whether the rows closed <c>sheetData</c> themselves.</summary>
    private sealed class SheetDataWriter(TextWriter inner) : TextWriter
    {
        public bool Closed { get; private set; }

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void Write(string? value)
        {
            Closed |= value?.Contains(AfterData, StringComparison.Ordinal) == true;
            inner.Write(value);
        }
    }
}
