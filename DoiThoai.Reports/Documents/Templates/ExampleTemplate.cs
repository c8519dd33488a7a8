using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Templates;

/// <summary>
/// Writes the example school template shipped as <c>templates/mau-bao-cao-truong.docx</c>: a letterhead
/// (school name and contact line in the page footer, a coloured rule) with every <see cref="TemplateTags"/>
/// control, as a school would make it in Word. A starting point for a school's own.
/// </summary>
public static class ExampleTemplate
{
    /// <summary>The school's contact line printed in the footer of every page.</summary>
    public static void Write(Stream output, string footerLine)
    {
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var firstHeader = main.AddNewPart<HeaderPart>();
        new Header(new Paragraph()).Save(firstHeader);
        var pageHeader = main.AddNewPart<HeaderPart>();
        new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(BlockRenderer.RunProperties(26, false, false), new Text("2"))) { Instruction = " PAGE " })).Save(pageHeader);
        var footer = main.AddNewPart<FooterPart>();
        new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = "1F4E79" }),
                new Justification { Val = JustificationValues.Center }),
            new Run(BlockRenderer.RunProperties(20, false, true, "1F4E79"), new Text(UntrustedText.ForDocument(footerLine))))).Save(footer);

        var id = 1;

        // Rich text even for one-line fields: LibreOffice 7.4 drops the run formatting of plain-text controls.
        SdtRun Field(string tag, string title, string placeholder, int size, bool bold = false, bool italic = false) => new(
            new SdtProperties(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = id++ }, new ShowingPlaceholder(), new SdtContentRichText()),
            new SdtContentRun(new Run(BlockRenderer.RunProperties(size, bold, italic, "808080"), new Text(placeholder))));
        SdtBlock Area(string tag, string title, string placeholder) => new(
            new SdtProperties(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = id++ }, new ShowingPlaceholder(), new SdtContentRichText()),
            new SdtContentBlock(new Paragraph(new Run(BlockRenderer.RunProperties(28, false, true, "808080"), new Text(placeholder)))));
        Paragraph Centered(params OpenXmlElement[] content)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Center }));
            paragraph.Append(content);
            return paragraph;
        }

        Run Plain(string text, int size, bool bold = false, bool italic = false) =>
            new(BlockRenderer.RunProperties(size, bold, italic), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        TableCell Cell(int width, params Paragraph[] paragraphs)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
            cell.Append(paragraphs);
            return cell;
        }

        var header = new Table(
            new TableProperties(
                new TableWidth { Width = OfficialFormat.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "3800" }, new GridColumn { Width = (OfficialFormat.TextWidth - 3800).ToString() }),
            new TableRow(
                Cell(3800,
                    Centered(Field(TemplateTags.ParentBody, "Cơ quan chủ quản", "CƠ QUAN CHỦ QUẢN", 24)),
                    Centered(Field(TemplateTags.IssuingBody, "Tên trường", "TÊN TRƯỜNG", 24, bold: true)),
                    OfficialParts.Rule(3800, 1400),
                    Centered(Plain("Số: ", 26), Field(TemplateTags.Number, "Số, ký hiệu", "…/BC-…", 26))),
                Cell(OfficialFormat.TextWidth - 3800,
                    Centered(Plain(OfficialFormat.NationalTitle, 24, bold: true)),
                    Centered(Plain(OfficialFormat.Motto, 26, bold: true)),
                    OfficialParts.Rule(OfficialFormat.TextWidth - 3800, 3450),
                    Centered(Field(TemplateTags.Date, "Địa danh, ngày tháng", "Địa danh, ngày … tháng … năm …", 26, italic: true)))));

        var title = Centered(Field(TemplateTags.Title, "Tên loại văn bản", "TÊN LOẠI VĂN BẢN", 28, bold: true));
        title.ParagraphProperties!.SpacingBetweenLines!.Before = "360";
        var body = new Body(
            header,
            title,
            Centered(Field(TemplateTags.Summary, "Trích yếu", "Trích yếu nội dung", 28, bold: true)),
            OfficialParts.Rule(OfficialFormat.TextWidth, 2000),
            Centered(Plain(OfficialFormat.AddresseeLabel, 28), Field(TemplateTags.Addressee, "Kính gửi", "Cơ quan nhận", 28)),
            Area(TemplateTags.Body, "Nội dung", "Nội dung văn bản (DoiThoai điền vào đây)."),
            Area(TemplateTags.Signature, "Chữ ký và nơi nhận", "Nơi nhận và chữ ký (DoiThoai điền vào đây)."));
        var section = OfficialLayout.SectionProperties(main.GetIdOfPart(firstHeader), main.GetIdOfPart(pageHeader));
        section.InsertAfter(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }, section.Elements<HeaderReference>().Last());
        section.InsertAfter(new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(footer) }, section.Elements<FooterReference>().Last());
        body.AppendChild(section);
        main.Document = new Document(body);
        main.Document.Save();
        package.PackageProperties.Title = "Mẫu văn bản của trường (DoiThoai)";
    }
}
