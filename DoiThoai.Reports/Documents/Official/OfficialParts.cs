using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// The parts every official document shares, as elements: the header table, the title block, the
/// addressee and the closing (recipients and signatures). The built-in layout writes them all; the
/// template filler uses the closing and the body only, the template bringing its own letterhead.
/// </summary>
internal static class OfficialParts
{
    /// <summary>The header table is 5 mm wider than the text on the left, as the decree's samples are.</summary>
    private const int HeaderIndent = -284;
    private const int HeaderLeft = 3968;
    private const int HeaderRight = OfficialFormat.TextWidth - HeaderIndent - HeaderLeft;

    /// <summary>
    /// Borderless two-row table: bodies | Quốc hiệu and Tiêu ngữ, then <c>Số:</c> | place-date, so the
    /// number and the date stand level.
    /// </summary>
    public static Table HeaderTable(OfficialDocument document)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = (HeaderLeft + HeaderRight).ToString(), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = HeaderIndent, Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 28, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 28, Type = TableWidthValues.Dxa })),
            new TableGrid(new GridColumn { Width = HeaderLeft.ToString() }, new GridColumn { Width = HeaderRight.ToString() }));

        table.AppendChild(new TableRow(
            Cell(HeaderLeft,
                Line(OfficialText.Upper(document.ParentBody), OfficialFormat.SizeBodies, bold: false),
                Line(OfficialText.Upper(document.IssuingBody), OfficialFormat.SizeBodies, bold: true),
                Rule(HeaderLeft, 1400)),
            Cell(HeaderRight,
                Line(OfficialFormat.NationalTitle, OfficialFormat.SizeNationalTitle, bold: true),
                Line(OfficialFormat.Motto, OfficialFormat.SizeMotto, bold: true),
                // As long as the motto: about 3,450 dxa at 13 pt bold.
                Rule(HeaderRight, 3450))));

        table.AppendChild(new TableRow(
            Cell(HeaderLeft, document.Number is { } number ? Line(number.Line, OfficialFormat.SizeNumber, bold: false, spaceBefore: 120) : Line(string.Empty, OfficialFormat.SizeNumber, false)),
            Cell(HeaderRight, document.PlaceDateLine is { } line ? Line(line, OfficialFormat.SizePlaceDate, bold: false, italic: true, spaceBefore: 120) : Line(string.Empty, OfficialFormat.SizePlaceDate, false))));
        return table;
    }

    /// <summary>Title, summary with its short line, and <c>Kính gửi:</c>.</summary>
    public static IEnumerable<Paragraph> TitleBlock(OfficialDocument document)
    {
        var title = Line(document.Title, OfficialFormat.SizeTitle, bold: true, spaceBefore: 360);
        title.ParagraphProperties!.KeepNext = new KeepNext();
        yield return title;
        if (document.Summary is { } summary)
        {
            yield return Line(summary, OfficialFormat.SizeTitle, bold: true);
        }

        yield return Rule(OfficialFormat.TextWidth, 2000);
        if (document.Addressee is { } addressee)
        {
            var paragraph = Line(OfficialFormat.AddresseeLabel + addressee, OfficialFormat.SizeBody, bold: false, spaceBefore: 120);
            paragraph.ParagraphProperties!.SpacingBetweenLines!.After = "120";
            yield return paragraph;
        }
    }

    /// <summary>
    /// Signatures and <c>Nơi nhận:</c>. With one signer (a report): recipients left, signer right, level.
    /// With two (minutes): THƯ KÝ left, CHỦ TỌA right, recipients under them.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Closing(OfficialDocument document)
    {
        const int left = 4500;
        const int right = OfficialFormat.TextWidth - left;
        var rightCell = Cell(right, SignerParagraphs(document.RightSigner).ToArray());
        var leftCell = document.LeftSigner is { } leftSigner
            ? Cell(left, SignerParagraphs(leftSigner).ToArray())
            : Cell(left, RecipientParagraphs(document.Recipients).ToArray());
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = OfficialFormat.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = left.ToString() }, new GridColumn { Width = right.ToString() }),
            new TableRow(new TableRowProperties(new CantSplit()), leftCell, rightCell));
        var spacer = Line(string.Empty, OfficialFormat.SizeBody, false);
        spacer.ParagraphProperties!.KeepNext = new KeepNext();
        yield return spacer;
        yield return table;
        if (document.LeftSigner is not null)
        {
            yield return Line(string.Empty, OfficialFormat.SizeBody, false);
            foreach (var paragraph in RecipientParagraphs(document.Recipients))
            {
                yield return paragraph;
            }
        }
    }

    /// <summary>
    /// Keeps the body's last paragraph (<c>./.</c>, the minutes' closing line) on the page of the signatures,
    /// so they never stand alone on a page.
    /// </summary>
    public static OpenXmlElement KeepWithClosing(OpenXmlElement element)
    {
        if (element is Paragraph paragraph)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.KeepNext = new KeepNext();
        }

        return element;
    }

    /// <summary>
    /// An appendix's title lines: the first starts a new page, all keep with what follows, so the title
    /// never stands alone at a page's foot.
    /// </summary>
    public static IEnumerable<Paragraph> AppendixTitle(BlockRenderer renderer, Appendix appendix)
    {
        var first = true;
        foreach (var line in appendix.Title)
        {
            var paragraph = renderer.Paragraph(line);
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.KeepNext = new KeepNext();
            if (first)
            {
                paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
                first = false;
            }

            yield return paragraph;
        }
    }

    /// <summary>The <c>Nơi nhận:</c> lines: each <c>- …;</c>, the last ending with a full stop.</summary>
    public static IReadOnlyList<string> RecipientLines(IReadOnlyList<string> recipients)
    {
        var lines = new List<string>(recipients.Count);
        for (var i = 0; i < recipients.Count; i++)
        {
            var text = UntrustedText.ForDocument(recipients[i]).Trim().TrimEnd(';', '.', ',');
            lines.Add("- " + text + (i == recipients.Count - 1 ? "." : ";"));
        }

        return lines;
    }

    private static IEnumerable<Paragraph> RecipientParagraphs(IReadOnlyList<string> recipients)
    {
        var label = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
        BlockRenderer.AppendRuns(label, OfficialFormat.RecipientsLabel, OfficialFormat.SizeRecipientsLabel, bold: true, italic: true);
        yield return label;
        foreach (var line in RecipientLines(recipients))
        {
            var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }));
            BlockRenderer.AppendRuns(paragraph, line, OfficialFormat.SizeRecipients, bold: false, italic: false);
            yield return paragraph;
        }
    }

    private static IEnumerable<Paragraph> SignerParagraphs(Signer signer)
    {
        yield return Line(OfficialText.Upper(signer.Authority), OfficialFormat.SizeBody, bold: true);
        for (var i = 0; i < 4; i++)
        {
            // Room for the signature and the seal.
            yield return Line(string.Empty, OfficialFormat.SizeBody, false);
        }

        yield return Line(signer.Name ?? "……………………………", OfficialFormat.SizeBody, bold: true);
        if (signer.Note is { } note)
        {
            yield return Line(note, OfficialFormat.SizeRecipientsLabel, bold: false, italic: true);
        }
    }

    private static TableCell Cell(int width, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        foreach (var paragraph in paragraphs)
        {
            cell.AppendChild(paragraph);
        }

        if (paragraphs.Length == 0)
        {
            cell.AppendChild(new Paragraph());
        }

        return cell;
    }

    /// <summary>A centred single line.</summary>
    public static Paragraph Line(string text, int size, bool bold, bool italic = false, int spaceBefore = 0)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = spaceBefore.ToString(), After = "0" },
            new Justification { Val = JustificationValues.Center }));
        if (text.Length > 0)
        {
            BlockRenderer.AppendRuns(paragraph, text, size, bold, italic);
        }

        return paragraph;
    }

    /// <summary>
    /// A short solid line of <paramref name="length"/> centred in <paramref name="width"/>: an empty paragraph
    /// with a bottom border, narrowed by indents (works in Word and LibreOffice without a drawing).
    /// </summary>
    public static Paragraph Rule(int width, int length)
    {
        var indent = Math.Max(0, (width - length) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent.ToString(), Right = indent.ToString() },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }
}
