using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Writes the new version of a workbook package from the old one and a <see cref="SheetWritePlan"/>, entry by entry
/// and as a stream: the submissions sheet rewritten (<see cref="SheetPartRewriter"/>), its table grown over the
/// appended rows, date styles added when needed (<see cref="AppendedCellStyles"/>), the calculation chain dropped
/// when a formula it lists became text, and every other entry copied. Parts come out as Excel writes them (no
/// byte-order mark, SpreadsheetML unprefixed, relationship targets relative), so a workbook the Open XML SDK wrote
/// once is readable by exceljs after its next write.
/// </summary>
internal static class XlsxRewrite
{
    private const string CalcChainType = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";
    private const string CalcChainRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";

    /// <summary>Reads the package from <paramref name="source"/> (seekable) and writes the new one to <paramref name="output"/>.</summary>
    /// <exception cref="InvalidDataException">The package lacks what the plan was made from.</exception>
    public static void Write(Stream source, Stream output, SheetWritePlan plan)
    {
        var parts = Parts.Find(source);
        source.Position = 0;
        using var zip = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var copy = new SpreadsheetXmlCopy(new NameTable());
        var dropChain = parts.CalcChain is { } chain && Entry(zip, chain) is { } chainEntry && ChainListsEdited(copy, chainEntry, parts.SheetId, plan);
        using var package = new XlsxPackageWriter(output);
        var sheetWritten = false;
        ZipArchiveEntry? deferredStyles = null;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (Is(name, parts.Sheet))
            {
                using (var reader = copy.Reader(entry.Open()))
                using (var writer = package.Xml(name))
                {
                    new SheetPartRewriter(plan, parts.Styles, copy).Rewrite(reader, writer);
                }

                sheetWritten = true;
                if (deferredStyles is not null)
                {
                    WriteStyles(package, copy, deferredStyles, parts.Styles);
                }
            }
            else if (parts.StylesPart is { } styles && Is(name, styles))
            {
                // New date styles are known once the sheet is written; Excel puts styles after the sheets anyway.
                if (sheetWritten)
                {
                    WriteStyles(package, copy, entry, parts.Styles);
                }
                else
                {
                    deferredStyles = entry;
                }
            }
            else if (parts.Tables.Any(t => Is(name, t)))
            {
                using var reader = copy.Reader(entry.Open());
                using var writer = package.Xml(name);
                GrowTable(copy, reader, writer, plan);
            }
            else if (dropChain && Is(name, parts.CalcChain!))
            {
                continue;
            }
            else if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                CopyRelationships(package, copy, entry, dropChain);
            }
            else if (string.Equals(name, SpreadsheetMl.ContentTypesEntry, StringComparison.OrdinalIgnoreCase))
            {
                using var reader = copy.Reader(entry.Open());
                using var writer = package.Xml(name);
                copy.CopyAll(reader, writer, keep: r => !(dropChain && r.LocalName == "Override" && r.GetAttribute("ContentType") == CalcChainType));
            }
            else
            {
                CopyEntry(package, copy, entry);
            }
        }

        if (!sheetWritten)
        {
            throw new InvalidDataException("The submissions sheet's part is not in the package.");
        }
    }

    private static void WriteStyles(XlsxPackageWriter package, SpreadsheetXmlCopy copy, ZipArchiveEntry entry, AppendedCellStyles styles)
    {
        if (!styles.Changed)
        {
            CopyEntry(package, copy, entry);
            return;
        }

        using var reader = copy.Reader(entry.Open());
        using var writer = package.Xml(entry.FullName);
        styles.Rewrite(copy, reader, writer);
    }

    // The table holding the IDs' header grows to the last appended row; a table with a totals row is left alone.
    private static void GrowTable(SpreadsheetXmlCopy copy, XmlReader reader, XmlWriter writer, SheetWritePlan plan)
    {
        reader.MoveToContent();
        var grown = reader.GetAttribute("ref") is { } reference && reader.GetAttribute("totalsRowCount") is null or "0"
            ? Grown(reference, plan)
            : null;
        copy.CopyNode(reader, writer, (attribute, element) =>
            grown is not null && attribute.LocalName == "ref" && element is "table" or "autoFilter" && attribute.Depth <= 2 ? grown : attribute.Value);
    }

    private static string? Grown(string reference, SheetWritePlan plan)
    {
        if (reference.Split(':') is not [var start, var end])
        {
            return null;
        }

        var (startColumn, startRow) = Split(start);
        var (endColumn, endRow) = Split(end);
        var holdsIds = plan.IdColumn >= startColumn && plan.IdColumn <= endColumn && startRow <= plan.HeaderRow && plan.HeaderRow <= endRow;
        return holdsIds && endRow < plan.NewLastRow ? $"{start}:{CellAddress.Of(endColumn, plan.NewLastRow)}" : null;
    }

    private static (int Column, int Row) Split(string cell)
    {
        var letters = cell.TakeWhile(char.IsAsciiLetter).Count();
        return (CellAddress.ColumnIndex(cell), int.TryParse(cell.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0);
    }

    // Does the calculation chain list a cell this write turns into text? (Its entries carry the sheet id, inherited.)
    private static bool ChainListsEdited(SpreadsheetXmlCopy copy, ZipArchiveEntry chain, uint sheetId, SheetWritePlan plan)
    {
        var edited = plan.Edits.SelectMany(e => e.Value.Select(c => CellAddress.Of(c.Column, e.Key))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (edited.Count == 0)
        {
            return false;
        }

        using var reader = copy.Reader(chain.Open());
        var sheet = 0u;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                if (uint.TryParse(reader.GetAttribute("i"), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
                {
                    sheet = i;
                }

                if (sheet == sheetId && reader.GetAttribute("r") is { } cell && edited.Contains(cell))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Relationships as Excel writes them: targets relative to their part; the calculation chain's left out once dropped.
    private static void CopyRelationships(XlsxPackageWriter package, SpreadsheetXmlCopy copy, ZipArchiveEntry entry, bool dropChain)
    {
        var name = entry.FullName;
        var folder = name.LastIndexOf("_rels/", StringComparison.Ordinal) is var at and >= 0 ? name[..at] : "";
        using var reader = copy.Reader(entry.Open());
        using var writer = package.Xml(name);
        var external = false;
        copy.CopyAll(reader, writer,
            attribute: (a, _) => a.LocalName == "Target" && !external && a.Value.StartsWith('/') ? Relative(folder, a.Value) : a.Value,
            keep: r =>
            {
                external = r.GetAttribute("TargetMode") == "External";
                return !(dropChain && r.LocalName == "Relationship" && r.GetAttribute("Type") == CalcChainRelationship);
            });
    }

    /// <summary>The path of <paramref name="absolute"/> (<c>/xl/tables/table1.xml</c>) seen from <paramref name="folder"/> (<c>xl/worksheets/</c>).</summary>
    internal static string Relative(string folder, string absolute)
    {
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = absolute.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to.Skip(common));
    }

    // XML written with a byte-order mark or SpreadsheetML prefixes is written again as Excel would; the rest is copied as it is.
    private static void CopyEntry(XlsxPackageWriter package, SpreadsheetXmlCopy copy, ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && NeedsRewrite(copy, entry))
        {
            using var reader = copy.Reader(entry.Open());
            using var writer = package.Xml(name);
            copy.CopyAll(reader, writer);
            return;
        }

        using var from = entry.Open();
        using var to = package.Raw(name);
        from.CopyTo(to);
    }

    private static bool NeedsRewrite(SpreadsheetXmlCopy copy, ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        Span<byte> start = stackalloc byte[3];
        var read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        if (read == 3 && start.SequenceEqual("\uFEFF"u8))
        {
            return true;
        }

        using var reader = copy.Reader(entry.Open());
        return reader.MoveToContent() == XmlNodeType.Element && reader.Prefix.Length > 0 && reader.NamespaceURI == SpreadsheetMl.Main;
    }

    private static bool Is(string entryName, string partName) => string.Equals(entryName, partName, StringComparison.OrdinalIgnoreCase);

    private static ZipArchiveEntry? Entry(ZipArchive zip, string partName) => zip.Entries.FirstOrDefault(e => Is(e.FullName, partName));

    /// <summary>Where the parts this rewrite changes are, found with the Open XML SDK the way the reader finds the sheet.</summary>
    private sealed record Parts(string Sheet, uint SheetId, IReadOnlyList<string> Tables, string? StylesPart, AppendedCellStyles Styles, string? CalcChain)
    {
        public static Parts Find(Stream source)
        {
            using var document = SpreadsheetDocument.Open(source, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
            var (_, sheet) = LocalWorkbookSource.FindSheet(workbook) ?? throw new InvalidDataException("The workbook has no sheet.");
            var relationship = workbook.GetIdOfPart(sheet);
            var sheetId = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Id?.Value == relationship)?.SheetId?.Value ?? 0;
            return new Parts(
                EntryName(sheet),
                sheetId,
                sheet.TableDefinitionParts.Select(EntryName).ToList(),
                workbook.WorkbookStylesPart is { } styles ? EntryName(styles) : null,
                AppendedCellStyles.Read(workbook),
                workbook.CalculationChainPart is { } chain ? EntryName(chain) : null);
        }

        private static string EntryName(OpenXmlPart part) => Uri.UnescapeDataString(part.Uri.OriginalString).TrimStart('/');
    }
}
