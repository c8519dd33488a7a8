using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Packages;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Templates;

/// <summary>
/// Pours an <see cref="OfficialDocument"/> into a school's own .docx or .dotx: the letterhead, page set-up
/// and page numbers are the template's; the controls tagged <see cref="TemplateTags"/> receive the texts,
/// the body and the closing, rendered by the same code as the built-in layout. An appendix follows the
/// closing, on a new page. The small header controls are filled in the template's tree; the main part is
/// then written anew with <see cref="OpenXmlWriter"/>, copying the template's own elements and streaming the
/// body, closing and appendix through <see cref="BlockWriter"/>, so a long appendix costs little memory.
/// </summary>
public static class SchoolTemplate
{
    /// <summary>Fills <paramref name="template"/> and writes the result to <paramref name="output"/> as a .docx.</summary>
    /// <exception cref="TemplateException">The file is not a Word document or has no <c>doithoai:body</c> control.</exception>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.TooLarge"/>: over a limit of <see cref="WordPackageLimits"/>.</exception>
    public static void Fill(OfficialDocument document, Stream template, Stream output)
    {
        using var buffer = new MemoryStream();
        template.CopyTo(buffer);
        buffer.Position = 0;
        try
        {
            WordPackageLimits.Check(buffer, ErrorCodes.TemplateInvalid);
        }
        catch (DoiThoaiException ex) when (ex.Code == ErrorCodes.TemplateInvalid && ex is not TemplateException)
        {
            throw new TemplateException(ex.Message, ex);
        }

        try
        {
            var main = FillChecked(document, buffer);

            // The main part is streamed into the output zip, compressed as it is written: the SDK would hold it
            // uncompressed until the package closes, and a 10,000-row appendix is tens of megabytes of XML.
            buffer.Position = 0;
            using var source = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                using var to = copy.Open();
                if (entry.FullName == main.Name)
                {
                    main.Write(to);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException)
        {
            // The SDK's own messages are English and technical; the person is told what the file is not.
            throw new TemplateException(WordPackageMessages.Unreadable, ex);
        }
    }

    // Fills everything but the main part in the package; returns the main part's name and how to write it.
    private static (string Name, Action<Stream> Write) FillChecked(OfficialDocument document, MemoryStream buffer)
    {
        // No auto-save: the main part is written by hand below, and saving its loaded tree on disposal
        // would overwrite that.
        using (var package = WordprocessingDocument.Open(buffer, true, new OpenSettings { AutoSave = false }))
        {
            if (package.DocumentType != WordprocessingDocumentType.Document)
            {
                // A .dotx becomes an ordinary document; Word would refuse a .docx carrying the template type.
                package.ChangeDocumentType(WordprocessingDocumentType.Document);
            }

            var main = package.MainDocumentPart ?? throw new TemplateException("tệp mẫu không có phần nội dung chính.");
            var roots = new List<OpenXmlPartRootElement> { main.Document };
            roots.AddRange(main.HeaderParts.Select(p => p.Header));
            roots.AddRange(main.FooterParts.Select(p => p.Footer));
            var controls = roots.SelectMany(r => r.Descendants<SdtElement>())
                .Select(sdt => (Element: sdt, Tag: sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value))
                .Where(c => c.Tag is not null && c.Tag.StartsWith("doithoai:", StringComparison.Ordinal))
                .ToList();
            // The body and signature belong in the main part: a header or footer holds no streamed content.
            bool InMain(SdtElement element) => element.Ancestors<Document>().Any();
            var bodyControl = controls.FirstOrDefault(c => c.Tag == TemplateTags.Body && c.Element is SdtBlock && InMain(c.Element)).Element as SdtBlock
                ?? throw new TemplateException($"tệp mẫu không có ô nội dung dạng khối gắn thẻ '{TemplateTags.Body}' (xem docs/documents.md).");

            var maxId = roots.SelectMany(r => r.Descendants<SdtId>()).Select(i => i.Val?.Value ?? 0).DefaultIfEmpty(0).Max();
            var renderer = new BlockRenderer(maxId + 1);

            foreach (var (element, tag) in controls)
            {
                switch (tag)
                {
                    case TemplateTags.ParentBody: SetText(element, OfficialText.Upper(document.ParentBody)); break;
                    case TemplateTags.IssuingBody: SetText(element, OfficialText.Upper(document.IssuingBody)); break;
                    case TemplateTags.Number: SetText(element, document.Number?.Reference); break;
                    case TemplateTags.Date: SetText(element, document.PlaceDateLine); break;
                    case TemplateTags.Title: SetText(element, document.Title); break;
                    case TemplateTags.Summary: SetText(element, document.Summary); break;
                    case TemplateTags.Addressee: SetText(element, document.Addressee); break;
                }
            }

            var signature = controls.FirstOrDefault(c => c.Tag == TemplateTags.Signature && c.Element is SdtBlock && InMain(c.Element)).Element as SdtBlock;
            if (signature is not null && signature.Ancestors().Contains(bodyControl))
            {
                // Inside the body control it would be replaced with the body; the closing then follows the
                // body, as it does without a signature control.
                signature = null;
            }

            // Without auto-save the headers and footers, whose controls were filled in their trees, are saved here.
            foreach (var root in roots.Skip(1))
            {
                root.Save();
            }

            OfficialLayout.WriteProperties(package, document);
            var mainRoot = main.Document;
            return (main.Uri.OriginalString.TrimStart('/'), part => WriteMain(mainRoot, part, document, bodyControl, signature, renderer));
        }
    }

    /// <summary>
    /// Writes the main part anew: the template's elements as they are (with the header controls filled), the
    /// body streamed at the body control's place, the closing and appendix at the signature control's (or
    /// after the body). Only the controls' ancestors are opened up; everything else is copied whole.
    /// </summary>
    private static void WriteMain(Document root, Stream part, OfficialDocument document, SdtBlock bodyControl, SdtBlock? signature, BlockRenderer renderer)
    {
        var ancestors = new HashSet<OpenXmlElement>(bodyControl.Ancestors(), ReferenceEqualityComparer.Instance);
        if (signature is not null)
        {
            ancestors.UnionWith(signature.Ancestors());
        }

        using var writer = OpenXmlWriter.Create(part);
        var blocks = new BlockWriter(writer, renderer);
        writer.WriteStartDocument(true);
        Write(root);

        void Write(OpenXmlElement element)
        {
            if (ReferenceEquals(element, bodyControl))
            {
                blocks.WriteBody(document.Body);
                if (signature is null)
                {
                    WriteClosingAndAppendix();
                }
            }
            else if (ReferenceEquals(element, signature))
            {
                WriteClosingAndAppendix();
            }
            else if (ancestors.Contains(element))
            {
                if (element is OpenXmlPartRootElement)
                {
                    // The writer copies the root's own attributes, but not the namespaces its children
                    // (and mc:Ignorable) rely on.
                    writer.WriteStartElement(element, RootAttributes(element), element.NamespaceDeclarations);
                }
                else
                {
                    writer.WriteStartElement(element);
                }

                foreach (var child in element.ChildElements)
                {
                    Write(child);
                }

                writer.WriteEndElement();
            }
            else
            {
                writer.WriteElement(element);
            }
        }

        void WriteClosingAndAppendix()
        {
            blocks.WriteClosing(document);
            // After the signatures, on a new page (the appendix title's first line breaks the page).
            blocks.WriteAppendix(document.Appendix);
        }
    }

    /// <summary>The root's attributes with <c>mc:Ignorable</c>, which the element keeps apart from the others.</summary>
    private static List<OpenXmlAttribute> RootAttributes(OpenXmlElement root)
    {
        var attributes = root.GetAttributes().ToList();
        const string mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
        if (root.MCAttributes?.Ignorable?.Value is { } ignorable && !attributes.Any(a => a.NamespaceUri == mc && a.LocalName == "Ignorable"))
        {
            attributes.Add(new OpenXmlAttribute("mc", "Ignorable", mc, ignorable));
        }

        return attributes;
    }

    /// <summary>Sets a text control's value, keeping the template's formatting; removes it when there is no value.</summary>
    private static void SetText(SdtElement control, string? value)
    {
        if (value is null)
        {
            var paragraph = control.Parent as Paragraph;
            control.Remove();
            if (paragraph is not null && !paragraph.Descendants<Text>().Any())
            {
                paragraph.Remove();
            }

            return;
        }

        control.SdtProperties?.RemoveAllChildren<ShowingPlaceholder>();
        var content = control.Elements().FirstOrDefault(e => e is SdtContentRun or SdtContentBlock or SdtContentCell);
        if (content is null)
        {
            return;
        }

        var runProperties = content.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties;
        var run = new Run();
        if (runProperties is not null)
        {
            // The placeholder's grey is not the text's colour.
            runProperties.Color = null;
            runProperties.RunStyle = null;
            run.AppendChild(runProperties);
        }

        run.AppendChild(new Text(UntrustedText.ForDocument(value)) { Space = SpaceProcessingModeValues.Preserve });
        switch (content)
        {
            case SdtContentRun:
                content.RemoveAllChildren();
                content.AppendChild(run);
                break;
            case SdtContentBlock:
                {
                    var first = content.Elements<Paragraph>().FirstOrDefault();
                    var paragraph = new Paragraph();
                    if (first?.ParagraphProperties?.CloneNode(true) is ParagraphProperties pPr)
                    {
                        paragraph.AppendChild(pPr);
                    }

                    paragraph.AppendChild(run);
                    content.RemoveAllChildren();
                    content.AppendChild(paragraph);
                    break;
                }
        }
    }
}
