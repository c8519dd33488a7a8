using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.Templates;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Templates;

[TestClass]
public sealed class SchoolTemplateTest
{
    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        ExampleTemplate.Write(stream, "Trường THPT số 2 Bắc Hà - phamtuananhbh2@laocai.edu.vn");
        return stream.ToArray();
    }

    private static byte[] Filled(byte[]? template = null)
    {
        var document = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, DocumentTestData.October2022(), new LocalDate(2022, 11, 2), 3);
        using var output = new MemoryStream();
        SchoolTemplate.Fill(document, new MemoryStream(template ?? Template()), output);
        return output.ToArray();
    }

    [TestMethod]
    public void Example_template_is_valid_and_has_every_tag()
    {
        var bytes = Template();
        var errors = DocumentTestData.Validate(bytes);
        Assert.IsEmpty(errors, string.Join("\n", errors));
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var tags = package.MainDocumentPart!.Document!.Descendants<Tag>().Select(t => t.Val!.Value).ToList();
        CollectionAssert.AreEquivalent(TemplateTags.All.ToList(), tags);
    }

    [TestMethod]
    public void Filling_puts_texts_in_the_tagged_controls_and_the_body_in_place()
    {
        var bytes = Filled();
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        string Control(string tag) => body.Descendants<SdtElement>().Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag).InnerText;
        Assert.AreEqual("SỞ GD&ĐT LÀO CAI", Control(TemplateTags.ParentBody));
        Assert.AreEqual("TRƯỜNG THPT SỐ 2 BẮC HÀ", Control(TemplateTags.IssuingBody));
        Assert.AreEqual("03/BC-THPTS2.BH", Control(TemplateTags.Number));
        Assert.AreEqual("Bắc Hà, ngày 02 tháng 11 năm 2022", Control(TemplateTags.Date));
        Assert.AreEqual("BÁO CÁO", Control(TemplateTags.Title));
        Assert.AreEqual("Sở Giáo dục và Đào tạo Lào Cai", Control(TemplateTags.Addressee));
        var texts = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        CollectionAssert.IsSubsetOf(new[] { "I. CÔNG TÁC TỔ CHỨC", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "HIỆU TRƯỞNG", "- Như trên;" }, texts);
        Assert.IsFalse(body.Descendants<Tag>().Any(t => t.Val == TemplateTags.Body || t.Val == TemplateTags.Signature), "block controls are replaced");
        Assert.IsFalse(body.Descendants<ShowingPlaceholder>().Any(s => s.Parent!.GetFirstChild<Tag>()!.Val!.Value!.StartsWith("doithoai:", StringComparison.Ordinal)));
        // The body comes before the signature, which comes last.
        Assert.IsLessThan(texts.IndexOf("HIỆU TRƯỞNG"), texts.IndexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
        // The template's footer stays.
        StringAssert.Contains(package.MainDocumentPart.FooterParts.Single().Footer!.InnerText, "phamtuananhbh2@laocai.edu.vn");
    }

    [TestMethod]
    public void Filled_template_is_valid_with_unique_control_ids()
    {
        var bytes = Filled();
        var errors = DocumentTestData.Validate(bytes);
        Assert.IsEmpty(errors, string.Join("\n", errors));
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var ids = package.MainDocumentPart!.Document!.Descendants<SdtId>().Select(i => i.Val!.Value).ToList();
        Assert.HasCount(ids.Count, ids.Distinct());
    }

    [TestMethod]
    public void Template_without_a_body_control_is_refused_in_Vietnamese()
    {
        var document = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, [], new LocalDate(2022, 11, 2));
        var bare = DocumentTestData.Layout(document);
        var ex = Assert.ThrowsExactly<TemplateException>(() => SchoolTemplate.Fill(document, new MemoryStream(bare), new MemoryStream()));
        StringAssert.Contains(ex.Message, "doithoai:body");
        Assert.ThrowsExactly<TemplateException>(() => SchoolTemplate.Fill(document, new MemoryStream([1, 2, 3]), new MemoryStream()));
    }

    [TestMethod]
    public void Filled_template_keeps_its_letterhead_and_the_text_around_the_controls()
    {
        var template = Template();
        var bytes = Filled(template);
        using var before = WordprocessingDocument.Open(new MemoryStream(template), false);
        using var after = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = after.MainDocumentPart!;
        CollectionAssert.AreEqual(
            before.MainDocumentPart!.HeaderParts.Select(h => h.Header!.OuterXml).Order().ToList(),
            main.HeaderParts.Select(h => h.Header!.OuterXml).Order().ToList(),
            "the template's headers (page number) are kept as they are");
        CollectionAssert.AreEqual(
            before.MainDocumentPart.FooterParts.Select(f => f.Footer!.OuterXml).ToList(),
            main.FooterParts.Select(f => f.Footer!.OuterXml).ToList());

        var body = main.Document!.Body!;
        var texts = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        // Text the template writes itself, outside any control.
        CollectionAssert.IsSubsetOf(new[] { OfficialFormat.NationalTitle, OfficialFormat.Motto, "Số: 03/BC-THPTS2.BH", OfficialFormat.AddresseeLabel + "Sở Giáo dục và Đào tạo Lào Cai" }, texts);
        Assert.IsLessThan(texts.IndexOf("I. CÔNG TÁC TỔ CHỨC"), texts.IndexOf(OfficialFormat.AddresseeLabel + "Sở Giáo dục và Đào tạo Lào Cai"), "the body follows the template's Kính gửi line");

        // The template's section, footers and all, stays last.
        var section = body.LastChild as SectionProperties;
        Assert.IsNotNull(section, "sectPr is the body's last child");
        Assert.AreEqual(before.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single().OuterXml, section.OuterXml);
        Assert.AreEqual(1, body.Elements<SectionProperties>().Count());
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Word_like_template_filled_with_a_long_hostile_appendix_is_valid(bool dotx)
    {
        var template = WordLike(Template(), dotx);
        var hostile = new[]
        {
            "Điều khiển\u0001\u0002\u000B lạ",
            new string('x', 32_000),
            "Emoji 😀👍🏽 và ký tự 𝔘",
            "<w:p><w:r><w:t>giả</w:t></w:r></w:p> ]]> &amp; &lt; \"'",
            "  khoảng trắng đầu và cuối  ",
            "dòng 1\r\ndòng 2\rdòng 3\ttab",
            "\uFFFE\uFFFF",
        };
        var submissions = SampleSubmissions.Generate(DocumentTestData.Profile, DocumentTestData.Calendar, 200)
            .Select(s => s with { SessionMonth = DocumentTestData.October })
            .Concat(hostile.Select((text, i) => DocumentTestData.Make($"2022-10-9{i:00}", "10A1", text, text, status: SubmissionStatus.Answered, answer: text, student: text)))
            .ToList();
        var document = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, submissions, new LocalDate(2022, 11, 2), 3);
        using var output = new MemoryStream();
        SchoolTemplate.Fill(document, new MemoryStream(template), output);
        var bytes = output.ToArray();

        var errors = DocumentTestData.Validate(bytes);
        Assert.IsEmpty(errors, string.Join("\n", errors));
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.AreEqual(WordprocessingDocumentType.Document, package.DocumentType);
        var root = package.MainDocumentPart!.Document!;
        Assert.AreEqual("w14", root.MCAttributes?.Ignorable?.Value, "mc:Ignorable survives, or Word rejects the w14 markup");
        Assert.IsTrue(root.Descendants<Paragraph>().Any(p => p.ParagraphId?.Value == "1A2B3C4D"));
        var appendix = root.Body!.Elements<Table>().Last();
        Assert.HasCount(1 + submissions.Count, appendix.Elements<TableRow>(), "a header row and one row per submission");
        var ids = root.Descendants<SdtId>().Select(i => i.Val!.Value)
            .Concat(package.MainDocumentPart.HeaderParts.SelectMany(h => h.Header!.Descendants<SdtId>()).Select(i => i.Val!.Value)).ToList();
        Assert.HasCount(ids.Count, ids.Distinct());
        // The template's text after the signature control follows the appendix, the section last.
        Assert.AreEqual("Ghi chú của mẫu", root.Body.Elements<Paragraph>().Last().InnerText);
        Assert.IsInstanceOfType<SectionProperties>(root.Body.LastChild);
        StringAssert.Contains(DocumentTestData.AllXml(bytes), new string('x', 32_000));
    }

    /// <summary>
    /// The example template as Word saves one: w14 markup under <c>mc:Ignorable</c>, a bookmark, a control in
    /// the page header, text after the signature control; optionally a .dotx.
    /// </summary>
    private static byte[] WordLike(byte[] template, bool dotx)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var main = package.MainDocumentPart!;
            var root = main.Document!;
            root.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
            root.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            root.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
            var body = root.Body!;
            var title = body.Elements<Paragraph>().First();
            title.ParagraphId = "1A2B3C4D";
            title.InsertAfter(new BookmarkStart { Id = "0", Name = "_GoBack" }, title.ParagraphProperties);
            title.AppendChild(new BookmarkEnd { Id = "0" });
            body.InsertBefore(new Paragraph(new Run(new Text("Ghi chú của mẫu"))), body.GetFirstChild<SectionProperties>());
            var header = main.HeaderParts.First().Header!;
            header.AppendChild(new Paragraph(new SdtRun(
                new SdtProperties(new Tag { Val = "truong:logo" }, new SdtId { Val = 500 }),
                new SdtContentRun(new Run(new Text("Logo"))))));
            header.Save();
            root.Save();
            if (dotx)
            {
                package.ChangeDocumentType(WordprocessingDocumentType.Template);
            }
        }

        return stream.ToArray();
    }
}
