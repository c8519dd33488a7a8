using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// Takes the <see cref="MinutesForm"/> out of an opened minutes package: every content control with its tag, title
/// and text (null while it shows its placeholder) and the last cell of its table row; the on-the-spot table, found by
/// its control (Word keeps the table inside it, LibreOffice 7.4 leaves the control in its first cell) or by its
/// header text; the closing line; the session property. It only extracts: what the controls mean is decided by
/// <see cref="MinutesReader.Read(MinutesForm)"/>, for the .docx and the pane alike.
/// </summary>
internal static class MinutesDocumentForm
{
    public static MinutesForm From(WordprocessingDocument package)
    {
        var body = package.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("tệp Word không có nội dung.");
        var controls = new List<MinutesControl>();
        Table? onTheSpot = null;
        foreach (var sdt in body.Descendants<SdtElement>())
        {
            var properties = sdt.SdtProperties;
            var tag = properties?.GetFirstChild<Tag>()?.Val?.Value;
            var title = properties?.GetFirstChild<SdtAlias>()?.Val?.Value;
            var row = sdt.Ancestors<TableRow>().FirstOrDefault();
            controls.Add(new MinutesControl(tag, title, Value(sdt))
            {
                RowEndText = row?.Elements<TableCell>().LastOrDefault() is { } cell ? Text(cell) : null,
            });

            // Locating the table is extraction, not interpretation; the one resolver of tags and titles names it.
            if (onTheSpot is null && MinutesTags.Resolve(tag, title) == MinutesTags.OnTheSpot)
            {
                onTheSpot = sdt.Descendants<Table>().FirstOrDefault() ?? sdt.Ancestors<Table>().FirstOrDefault();
            }
        }

        onTheSpot ??= body.Descendants<Table>().FirstOrDefault(t =>
            t.Elements<TableRow>().FirstOrDefault()?.Elements<TableCell>().Any(c => Text(c).Trim() == MinutesWording.OnTheSpotContentHeader) == true);

        var session = package.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .FirstOrDefault(p => p.Name?.Value == MinutesTags.SessionProperty)?.InnerText;
        return new MinutesForm(session, controls, onTheSpot is null ? [] : Rows(onTheSpot))
        {
            ClosingLine = body.Descendants<Paragraph>().Select(p => Text(p)).FirstOrDefault(t => t.StartsWith(MinutesWording.ClosingPrefix, StringComparison.Ordinal)),
        };
    }

    /// <summary>The rows below the header, as (class or room, question, answer): the table's columns 2 to 4.</summary>
    private static List<MinutesTableRow> Rows(Table table)
    {
        var rows = new List<MinutesTableRow>();
        foreach (var row in table.Elements<TableRow>().Skip(1))
        {
            var cells = row.Elements<TableCell>().Select(Text).ToList();
            if (cells.Count >= 3)
            {
                rows.Add(new MinutesTableRow(cells[1], cells[2], cells.Count > 3 ? cells[3] : null));
            }
        }

        return rows;
    }

    /// <summary>The control's text, or null when it shows its placeholder.</summary>
    private static string? Value(SdtElement sdt)
    {
        if (sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null)
        {
            return null;
        }

        var content = sdt.Elements().FirstOrDefault(e => e is SdtContentBlock or SdtContentRun or SdtContentCell);
        return content is null ? null : Text(content);
    }

    /// <summary>Paragraphs joined by newlines; breaks as newlines, tabs as tabs.</summary>
    private static string Text(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        var paragraphs = element.Descendants<Paragraph>().ToList();
        if (paragraphs.Count == 0)
        {
            AppendRuns(builder, element);
            return builder.ToString();
        }

        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            AppendRuns(builder, paragraph);
        }

        return builder.ToString();
    }

    private static void AppendRuns(StringBuilder builder, OpenXmlElement element)
    {
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text t: builder.Append(t.Text); break;
                case Break: builder.Append('\n'); break;
                case TabChar: builder.Append('\t'); break;
            }
        }
    }
}
