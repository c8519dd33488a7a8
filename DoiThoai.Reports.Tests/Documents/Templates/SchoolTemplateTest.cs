using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.Templates;
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

    private static byte[] Filled()
    {
        var document = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, DocumentTestData.October2022(), new LocalDate(2022, 11, 2), 3);
        using var output = new MemoryStream();
        SchoolTemplate.Fill(document, new MemoryStream(Template()), output);
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
}
