using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// Writes the rows of one table straight to an <see cref="OpenXmlWriter"/>. Building each row as elements
/// costs about fifteen objects per cell (properties, fonts, sizes…), which for ten thousand rows is most of
/// a report's time and memory; here the property elements are made once per table and only the text is new.
/// The markup is the same as <see cref="BlockRenderer.Row"/> gives; a row holding anything but plain
/// paragraphs (a content control, a nested table) falls back to it.
/// </summary>
internal sealed class RowWriter(OpenXmlWriter writer, BlockRenderer renderer, IReadOnlyList<TableColumn> columns)
{
    // Start-tag templates: the writer copies their names and attributes, never their children.
    private readonly TableRow _row = new();
    private readonly TableCell _cell = new();
    private readonly Paragraph _paragraph = new();
    private readonly Run _run = new();
    private readonly Text _text = new();
    private readonly Text _preservedText = new() { Space = SpaceProcessingModeValues.Preserve };
    private readonly Break _break = new();
    private readonly TabChar _tab = new();
    private readonly TableCellProperties[] _cellProperties = [.. columns.Select(c => new TableCellProperties(new TableCellWidth { Width = c.Width.ToString(), Type = TableWidthUnitValues.Dxa }))];
    private readonly Dictionary<ParagraphRole, ParagraphProperties> _paragraphProperties = [];
    private readonly Dictionary<(int Size, bool Bold, bool Italic), RunProperties> _runProperties = [];

    public void Write(IReadOnlyList<IReadOnlyList<DocumentBlock>> cells)
    {
        if (!cells.All(cell => cell.All(IsPlain)))
        {
            writer.WriteElement(renderer.Row(columns, cells));
            return;
        }

        writer.WriteStartElement(_row);
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WriteStartElement(_cell);
            writer.WriteElement(_cellProperties[i]);
            var content = i < cells.Count ? cells[i] : [];
            foreach (var block in content)
            {
                WriteParagraph((ParagraphBlock)block);
            }

            if (content.Count == 0)
            {
                // A cell must end with a paragraph.
                writer.WriteStartElement(_paragraph);
                writer.WriteElement(ParagraphProperties(ParagraphRole.Cell));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static bool IsPlain(DocumentBlock block) => block is ParagraphBlock paragraph && paragraph.Inlines.All(i => i is TextSpan);

    private void WriteParagraph(ParagraphBlock block)
    {
        writer.WriteStartElement(_paragraph);
        writer.WriteElement(ParagraphProperties(block.Role));
        var size = BlockRenderer.SizeOf(block.Role);
        var boldRole = block.Role is ParagraphRole.Heading or ParagraphRole.SubHeading;
        foreach (var inline in block.Inlines)
        {
            var span = (TextSpan)inline;
            WriteRun(span.Text, size, span.Bold || boldRole, span.Italic);
        }

        writer.WriteEndElement();
    }

    /// <summary>One run as <see cref="BlockRenderer.Runs"/> makes it: sanitized, newlines as breaks, tabs as tabs.</summary>
    private void WriteRun(string text, int size, bool bold, bool italic)
    {
        var clean = UntrustedText.ForDocument(text);
        writer.WriteStartElement(_run);
        writer.WriteElement(RunProperties(size, bold, italic));
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] != '\n' && clean[i] != '\t')
            {
                continue;
            }

            if (i > start)
            {
                var piece = start == 0 && i == clean.Length ? clean : clean[start..i];
                writer.WriteStartElement(piece[0] == ' ' || piece[^1] == ' ' ? _preservedText : _text);
                writer.WriteString(piece);
                writer.WriteEndElement();
            }

            if (i < clean.Length)
            {
                writer.WriteElement(clean[i] == '\n' ? _break : _tab);
            }

            start = i + 1;
        }

        writer.WriteEndElement();
    }

    private ParagraphProperties ParagraphProperties(ParagraphRole role)
    {
        if (!_paragraphProperties.TryGetValue(role, out var properties))
        {
            properties = BlockRenderer.ParagraphProperties(role);
            _paragraphProperties[role] = properties;
        }

        return properties;
    }

    private RunProperties RunProperties(int size, bool bold, bool italic)
    {
        if (!_runProperties.TryGetValue((size, bold, italic), out var properties))
        {
            properties = BlockRenderer.RunProperties(size, bold, italic);
            _runProperties[(size, bold, italic)] = properties;
        }

        return properties;
    }
}
