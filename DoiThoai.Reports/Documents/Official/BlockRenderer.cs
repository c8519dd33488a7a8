using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// Turns the document model into WordprocessingML elements. Used by the built-in layout and the template
/// filler alike, so a body looks the same in both. Formatting is direct (no style references), so the
/// output is valid in any template's style sheet. Not thread-safe: it numbers content controls.
/// </summary>
internal sealed class BlockRenderer(int firstControlId = 1)
{
    private const string PlaceholderColor = "808080";
    private int _nextControlId = firstControlId;

    public OpenXmlElement Render(DocumentBlock block) => block switch
    {
        ParagraphBlock p => Paragraph(p),
        TableBlock t => Table(t),
        ControlBlock c => BlockControl(c),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    public Paragraph Paragraph(ParagraphBlock block)
    {
        var paragraph = new Paragraph(ParagraphProperties(block.Role));
        var size = SizeOf(block.Role);
        foreach (var inline in block.Inlines)
        {
            switch (inline)
            {
                case TextSpan span:
                    AppendRuns(paragraph, span.Text, size, span.Bold || IsBoldRole(block.Role), span.Italic);
                    break;
                case ControlSpan control:
                    paragraph.AppendChild(InlineControl(control.Control, size));
                    break;
            }
        }

        return paragraph;
    }

    public Table Table(TableBlock block)
    {
        var width = block.Columns.Sum(c => c.Width);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(block.Columns.Select(c => new GridColumn { Width = c.Width.ToString() })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var column in block.Columns)
        {
            header.AppendChild(Cell(column.Width, [ParagraphBlock.Of(column.Header, ParagraphRole.CellCentered, bold: true)]));
        }

        table.AppendChild(header);
        foreach (var row in block.Rows)
        {
            table.AppendChild(Row(block.Columns, row));
        }

        return table;
    }

    public TableRow Row(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<DocumentBlock>> cells)
    {
        var row = new TableRow();
        for (var i = 0; i < columns.Count; i++)
        {
            row.AppendChild(Cell(columns[i].Width, i < cells.Count ? cells[i] : []));
        }

        return row;
    }

    public SdtBlock BlockControl(ControlBlock block)
    {
        var control = block.Control;
        var showPlaceholder = block.Content.Count == 0;
        var content = new SdtContentBlock();
        if (showPlaceholder)
        {
            var paragraph = new Paragraph(ParagraphProperties(ParagraphRole.Body));
            AppendRuns(paragraph, control.Placeholder, OfficialFormat.SizeBody, false, true, PlaceholderColor);
            content.AppendChild(paragraph);
        }
        else
        {
            foreach (var inner in block.Content)
            {
                content.AppendChild(Render(inner));
            }
        }

        return new SdtBlock(Properties(control, showPlaceholder), content);
    }

    /// <summary>
    /// A block control inside a table cell: its paragraphs take the cell's size. Block level on purpose:
    /// LibreOffice 7.4 keeps the title of a block rich-text control (the read-back needs it) but shows its
    /// text in the default size; Word shows it as written.
    /// </summary>
    public SdtBlock CellControl(ContentControl control)
    {
        var showPlaceholder = string.IsNullOrEmpty(UntrustedText.ForDocument(control.Value));
        var paragraph = new Paragraph(ParagraphProperties(ParagraphRole.Cell));
        if (showPlaceholder)
        {
            AppendRuns(paragraph, control.Placeholder, OfficialFormat.SizeCell, false, true, PlaceholderColor);
        }
        else
        {
            AppendRuns(paragraph, control.Value!, OfficialFormat.SizeCell, false, false);
        }

        return new SdtBlock(Properties(control, showPlaceholder), new SdtContentBlock(paragraph));
    }

    public SdtRun InlineControl(ContentControl control, int size)
    {
        var value = UntrustedText.ForDocument(control.Value);
        var showPlaceholder = value.Length == 0;
        var content = new SdtContentRun();
        foreach (var run in Runs(showPlaceholder ? control.Placeholder : value, size, false, showPlaceholder, showPlaceholder ? PlaceholderColor : null))
        {
            content.AppendChild(run);
        }

        return new SdtRun(Properties(control, showPlaceholder), content);
    }

    public static ParagraphProperties ParagraphProperties(ParagraphRole role)
    {
        var properties = new ParagraphProperties();
        switch (role)
        {
            case ParagraphRole.Body:
            case ParagraphRole.Heading:
            case ParagraphRole.SubHeading:
                properties.KeepNext = role == ParagraphRole.Body ? null : new KeepNext();
                properties.SpacingBetweenLines = new SpacingBetweenLines
                {
                    Before = OfficialFormat.ParagraphSpacing.ToString(),
                    After = OfficialFormat.ParagraphSpacing.ToString(),
                    Line = OfficialFormat.BodyLineSpacing.ToString(),
                    LineRule = LineSpacingRuleValues.Auto,
                };
                properties.Indentation = new Indentation { FirstLine = OfficialFormat.FirstLineIndent.ToString() };
                properties.Justification = new Justification { Val = JustificationValues.Both };
                break;
            case ParagraphRole.Centered:
                properties.SpacingBetweenLines = new SpacingBetweenLines { Before = OfficialFormat.ParagraphSpacing.ToString(), After = OfficialFormat.ParagraphSpacing.ToString() };
                properties.Justification = new Justification { Val = JustificationValues.Center };
                break;
            case ParagraphRole.Cell:
                properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "20" };
                properties.Justification = new Justification { Val = JustificationValues.Left };
                break;
            case ParagraphRole.CellCentered:
                properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "20" };
                properties.Justification = new Justification { Val = JustificationValues.Center };
                break;
        }

        return properties;
    }

    public static int SizeOf(ParagraphRole role) => role is ParagraphRole.Cell or ParagraphRole.CellCentered ? OfficialFormat.SizeCell : OfficialFormat.SizeBody;

    private static bool IsBoldRole(ParagraphRole role) => role is ParagraphRole.Heading or ParagraphRole.SubHeading;

    /// <summary>Runs for <paramref name="text"/>, sanitized, with newlines as breaks and tabs as tabs.</summary>
    public static IEnumerable<Run> Runs(string text, int size, bool bold, bool italic, string? color = null)
    {
        var clean = UntrustedText.ForDocument(text);
        var run = new Run(RunProperties(size, bold, italic, color));
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] != '\n' && clean[i] != '\t')
            {
                continue;
            }

            if (i > start)
            {
                var piece = clean[start..i];
                var t = new Text(piece);
                if (piece[0] == ' ' || piece[^1] == ' ')
                {
                    t.Space = SpaceProcessingModeValues.Preserve;
                }

                run.AppendChild(t);
            }

            if (i < clean.Length)
            {
                run.AppendChild<OpenXmlElement>(clean[i] == '\n' ? new Break() : new TabChar());
            }

            start = i + 1;
        }

        yield return run;
    }

    public static void AppendRuns(OpenXmlCompositeElement parent, string text, int size, bool bold, bool italic, string? color = null)
    {
        foreach (var run in Runs(text, size, bold, italic, color))
        {
            parent.AppendChild(run);
        }
    }

    public static RunProperties RunProperties(int size, bool bold, bool italic, string? color = null)
    {
        var properties = new RunProperties
        {
            RunFonts = new RunFonts { Ascii = OfficialFormat.Font, HighAnsi = OfficialFormat.Font, ComplexScript = OfficialFormat.Font, EastAsia = OfficialFormat.Font },
            FontSize = new FontSize { Val = size.ToString() },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString() },
        };
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        if (color is not null)
        {
            properties.Color = new Color { Val = color };
        }

        return properties;
    }

    private TableCell Cell(int width, IReadOnlyList<DocumentBlock> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        OpenXmlElement? last = null;
        foreach (var block in content)
        {
            last = block is ControlBlock { Content.Count: 0 } control ? CellControl(control.Control) : Render(block);
            cell.AppendChild(last);
        }

        if (last is not DocumentFormat.OpenXml.Wordprocessing.Paragraph)
        {
            // A cell must end with a paragraph (a control or a nested table does not count).
            cell.AppendChild(new Paragraph(ParagraphProperties(ParagraphRole.Cell)));
        }

        return cell;
    }

    private SdtProperties Properties(ContentControl control, bool showPlaceholder)
    {
        var properties = new SdtProperties(
            new SdtAlias { Val = UntrustedText.ForDocument(control.Title) },
            new Tag { Val = UntrustedText.ForDocument(control.Tag) },
            new SdtId { Val = _nextControlId++ });
        if (showPlaceholder)
        {
            properties.AppendChild(new ShowingPlaceholder());
        }

        switch (control.Kind)
        {
            case ContentControlKind.PlainText:
                properties.AppendChild(new SdtContentText());
                break;
            case ContentControlKind.RichText:
                properties.AppendChild(new SdtContentRichText());
                break;
            case ContentControlKind.DropDown:
                var list = new SdtContentDropDownList();
                foreach (var item in control.Items ?? [])
                {
                    var clean = UntrustedText.ForDocument(item);
                    list.AppendChild(new ListItem { DisplayText = clean, Value = clean });
                }

                properties.AppendChild(list);
                break;
        }

        return properties;
    }
}
