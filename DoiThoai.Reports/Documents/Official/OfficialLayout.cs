using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.TaskPane;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// The built-in layout of Decree 30/2020/ND-CP: A4, margins 20/20/30/15 mm, Times New Roman, the
/// borderless header table, title and summary, <c>Kính gửi:</c>, body, closing; page numbers centred in the
/// top margin from page 2 on (a different, empty first-page header). The main part is streamed with
/// <see cref="OpenXmlWriter"/>, one block (one table row) at a time, so a long body costs little memory;
/// an <see cref="Appendix"/> follows the signatures on a new page.
/// Pure: the same document gives the same package.
/// </summary>
public static class OfficialLayout
{
    /// <summary>Writes <paramref name="document"/> as a .docx package to <paramref name="output"/>.</summary>
    public static void Write(OfficialDocument document, Stream output)
    {
        // The SDK keeps every part it writes uncompressed in memory until the package closes (System.IO.Packaging
        // opens a readable stream for update), and the main part of a report with a 10,000-row appendix is tens of
        // megabytes of XML. So the SDK makes the small parts (styles, headers, properties, relationships) around an
        // empty main part, and the main part is then streamed into the output zip, compressed as it is written.
        using var frame = new MemoryStream();
        string mainName, firstHeaderId, pageHeaderId;
        using (var package = WordprocessingDocument.Create(frame, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WriteStyles(main.AddNewPart<StyleDefinitionsPart>());
            var firstHeader = main.AddNewPart<HeaderPart>();
            new Header(new Paragraph()).Save(firstHeader);
            var pageHeader = main.AddNewPart<HeaderPart>();
            PageNumberHeader().Save(pageHeader);
            WriteProperties(package, document);
            new Document(new Body()).Save(main);
            (mainName, firstHeaderId, pageHeaderId) = (main.Uri.OriginalString.TrimStart('/'), main.GetIdOfPart(firstHeader), main.GetIdOfPart(pageHeader));
        }

        frame.Position = 0;
        using var source = new ZipArchive(frame, ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            using var to = copy.Open();
            if (entry.FullName == mainName)
            {
                WriteMain(to, document, firstHeaderId, pageHeaderId);
            }
            else
            {
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }
    }

    // The main part, streamed: header table, title, body, closing, appendix, section properties.
    private static void WriteMain(Stream part, OfficialDocument document, string firstHeaderId, string pageHeaderId)
    {
        var renderer = new BlockRenderer();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Document(), [], [
            new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
            new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ]);
        writer.WriteStartElement(new Body());
        writer.WriteElement(OfficialParts.HeaderTable(document));
        foreach (var paragraph in OfficialParts.TitleBlock(document))
        {
            writer.WriteElement(paragraph);
        }

        var blocks = new BlockWriter(writer, renderer);
        blocks.WriteBody(document.Body);
        blocks.WriteClosing(document);
        blocks.WriteAppendix(document.Appendix);
        writer.WriteElement(SectionProperties(firstHeaderId, pageHeaderId));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>A4 portrait, the decree's margins, the first page without a page number.</summary>
    internal static SectionProperties SectionProperties(string firstHeaderId, string pageHeaderId) => new(
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId },
        new HeaderReference { Type = HeaderFooterValues.Default, Id = pageHeaderId },
        new PageSize { Width = OfficialFormat.PageWidth, Height = OfficialFormat.PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = OfficialFormat.MarginTop,
            Bottom = OfficialFormat.MarginBottom,
            Left = OfficialFormat.MarginLeft,
            Right = OfficialFormat.MarginRight,
            Header = OfficialFormat.HeaderDistance,
            Footer = OfficialFormat.HeaderDistance,
            Gutter = 0,
        },
        new PageNumberType { Format = NumberFormatValues.Decimal },
        new TitlePage());

    /// <summary>A centred PAGE field, 13 pt.</summary>
    private static Header PageNumberHeader()
    {
        RunProperties Props() => BlockRenderer.RunProperties(OfficialFormat.SizePageNumber, false, false);
        return new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Props(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Props(), new Text("2")),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    private static void WriteStyles(StyleDefinitionsPart part)
    {
        var fonts = new RunFonts { Ascii = OfficialFormat.Font, HighAnsi = OfficialFormat.Font, ComplexScript = OfficialFormat.Font, EastAsia = OfficialFormat.Font };
        new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    fonts,
                    new Color { Val = "000000" },
                    new FontSize { Val = OfficialFormat.SizeBody.ToString() },
                    new FontSizeComplexScript { Val = OfficialFormat.SizeBody.ToString() },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true })
            .Save(part);
    }

    /// <summary>The package-level parts both layouts share: title and author, custom properties, the task pane to open.</summary>
    internal static void WriteProperties(WordprocessingDocument package, OfficialDocument document)
    {
        package.PackageProperties.Title = UntrustedText.ForDocument(document.Title + (document.Summary is null ? string.Empty : " " + document.Summary));
        package.PackageProperties.Creator = "DoiThoai";
        TaskPaneParts.Write(package, document.TaskPane);
        if (document.Properties.Count == 0)
        {
            return;
        }

        var part = package.CustomFilePropertiesPart ?? package.AddCustomFilePropertiesPart();
        var properties = new Properties();
        var id = 2;
        foreach (var (name, value) in document.Properties)
        {
            properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(UntrustedText.ForDocument(value)))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = id++,
                Name = name,
            });
        }

        properties.Save(part);
    }
}
