using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Official;

namespace DoiThoai.Reports.Documents.Templates;

/// <summary>
/// Pours an <see cref="OfficialDocument"/> into a school's own .docx or .dotx: the letterhead, page set-up
/// and page numbers are the template's; the controls tagged <see cref="TemplateTags"/> receive the texts,
/// the body and the closing, rendered by the same code as the built-in layout. An appendix follows the
/// closing, on a new page.
/// </summary>
public static class SchoolTemplate
{
    /// <summary>Fills <paramref name="template"/> and writes the result to <paramref name="output"/> as a .docx.</summary>
    /// <exception cref="TemplateException">The file is not a Word document or has no <c>doithoai:body</c> control.</exception>
    public static void Fill(OfficialDocument document, Stream template, Stream output)
    {
        using var buffer = new MemoryStream();
        template.CopyTo(buffer);
        buffer.Position = 0;
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(buffer, true);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new TemplateException("tệp mẫu không phải là tài liệu Word (.docx/.dotx): " + ex.Message);
        }

        using (package)
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
            var bodyControl = controls.FirstOrDefault(c => c.Tag == TemplateTags.Body).Element as SdtBlock
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

            for (var i = 0; i < document.Body.Count; i++)
            {
                var element = renderer.Render(document.Body[i]);
                bodyControl.InsertBeforeSelf(i == document.Body.Count - 1 ? OfficialParts.KeepWithClosing(element) : element);
            }

            var signature = controls.FirstOrDefault(c => c.Tag == TemplateTags.Signature).Element;
            OpenXmlElement closingAnchor = signature is SdtBlock ? signature : bodyControl;
            foreach (var element in OfficialParts.Closing(document))
            {
                closingAnchor.InsertBeforeSelf(element);
            }

            if (document.Appendix is { } appendix)
            {
                // After the signatures, on a new page. The template is edited as a tree anyway, so the
                // appendix is too: a large one costs memory here that the built-in layout does not spend.
                foreach (var paragraph in OfficialParts.AppendixTitle(renderer, appendix))
                {
                    closingAnchor.InsertBeforeSelf(paragraph);
                }

                foreach (var block in appendix.Blocks)
                {
                    closingAnchor.InsertBeforeSelf(renderer.Render(block));
                }
            }

            bodyControl.Remove();
            if (signature is SdtBlock && signature.Parent is not null)
            {
                signature.Remove();
            }

            OfficialLayout.WriteProperties(package, document);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
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

        run.AppendChild(new Text(OfficialText.Sanitize(value)) { Space = SpaceProcessingModeValues.Preserve });
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
