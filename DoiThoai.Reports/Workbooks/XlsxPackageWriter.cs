using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// Writes an .xlsx package (a zip) entry by entry, the way Excel writes one: UTF-8 XML without a byte-order mark,
/// SpreadsheetML as the default namespace, relationship targets relative to their part. Streams: each entry is
/// compressed as it is written, so a sheet of 100,000 rows never sits in memory. Entries carry a fixed time stamp,
/// so the same content gives the same bytes. Not thread-safe; open one entry at a time.
/// </summary>
internal sealed class XlsxPackageWriter : IDisposable
{
    // Excel stamps every entry 1980-01-01; so do we, so that a file depends only on its content.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _zip;

    /// <param name="output">Where the package goes; left open.</param>
    public XlsxPackageWriter(Stream output)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
    }

    /// <summary>How every XML part is written: UTF-8 without BOM, no indentation, line breaks kept exactly; the writer closes the entry.</summary>
    public static XmlWriterSettings XmlSettings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = true,
        Indent = false,

        // A carriage return in a cell's text must survive being read again.
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>A new entry to write bytes into; dispose it before opening the next.</summary>
    public Stream Raw(string entryName, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = _zip.CreateEntry(entryName, level);
        entry.LastWriteTime = Stamp;
        return entry.Open();
    }

    /// <summary>A new XML entry, its declaration written (<c>standalone="yes"</c>, as Excel writes it); dispose the writer before opening the next.</summary>
    public XmlWriter Xml(string entryName, CompressionLevel level = CompressionLevel.Optimal)
    {
        var writer = XmlWriter.Create(Raw(entryName, level), XmlSettings);
        writer.WriteStartDocument(standalone: true);
        return writer;
    }

    /// <summary>Writes the relationships of the part <paramref name="partName"/> (e.g. <c>xl/workbook.xml</c>) with targets relative to it.</summary>
    public void Relationships(string partName, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        using var writer = Xml(RelationshipsEntryOf(partName));
        writer.WriteStartElement("", "Relationships", SpreadsheetMl.PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            writer.WriteStartElement("Relationship", SpreadsheetMl.PackageRelationships);
            writer.WriteAttributeString("Id", id);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", target);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes <c>[Content_Types].xml</c>: the defaults for .rels and .xml, and one override per part.</summary>
    public void ContentTypes(IEnumerable<(string PartName, string ContentType)> overrides)
    {
        using var writer = Xml(SpreadsheetMl.ContentTypesEntry);
        writer.WriteStartElement("", "Types", SpreadsheetMl.ContentTypes);
        foreach (var (extension, type) in new[] { ("rels", SpreadsheetMl.Types.Relationships), ("xml", SpreadsheetMl.Types.Xml) })
        {
            writer.WriteStartElement("Default", SpreadsheetMl.ContentTypes);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        foreach (var (part, type) in overrides)
        {
            writer.WriteStartElement("Override", SpreadsheetMl.ContentTypes);
            writer.WriteAttributeString("PartName", "/" + part);
            writer.WriteAttributeString("ContentType", type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>The entry holding the relationships of <paramref name="partName"/>: <c>xl/_rels/workbook.xml.rels</c>, <c>_rels/.rels</c> for the package.</summary>
    public static string RelationshipsEntryOf(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return slash < 0 ? $"_rels/{partName}.rels" : $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }

    public void Dispose() => _zip.Dispose();
}
