using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Official;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Official;

[TestClass]
public sealed class OfficialLayoutTest
{
    private static OfficialDocument Sample(int? number = null, LocalDate? date = null) => new()
    {
        ParentBody = "Sở GD&ĐT Lào Cai",
        IssuingBody = "Trường THPT số 2 Bắc Hà",
        Number = new DocumentNumber("BC", "THPTS2.BH", number),
        PlaceDateLine = DoiThoai.Reports.Scheduling.VietnameseDates.PlaceDateLine("Bắc Hà", date ?? new LocalDate(2023, 2, 5)),
        Title = "BÁO CÁO",
        Summary = "Kết quả đối thoại",
        Addressee = "Sở Giáo dục và Đào tạo Lào Cai",
        Body = [ParagraphBlock.Of("Nội dung."), ParagraphBlock.Of("Mục", ParagraphRole.Heading)],
        RightSigner = new Signer("Hiệu trưởng", "Phạm Tuấn Anh"),
        Recipients = ["Như trên", "Lưu: VT"],
    };

    private static WordprocessingDocument Open(OfficialDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(DocumentTestData.Layout(document)), false);

    private static List<string> HeaderCellLines(WordprocessingDocument package, int row, int cell) =>
        package.MainDocumentPart!.Document!.Body!.Elements<Table>().First()
            .Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(cell)
            .Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

    [TestMethod]
    public void Header_table_holds_bodies_upper_case_national_title_motto_number_and_date()
    {
        using var package = Open(Sample(number: 5));
        CollectionAssert.AreEqual(new[] { "SỞ GD&ĐT LÀO CAI", "TRƯỜNG THPT SỐ 2 BẮC HÀ" }, HeaderCellLines(package, 0, 0));
        CollectionAssert.AreEqual(new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" }, HeaderCellLines(package, 0, 1));
        CollectionAssert.AreEqual(new[] { "Số: 05/BC-THPTS2.BH" }, HeaderCellLines(package, 1, 0));
        CollectionAssert.AreEqual(new[] { "Bắc Hà, ngày 05 tháng 02 năm 2023" }, HeaderCellLines(package, 1, 1));
        var table = package.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        Assert.AreEqual(BorderValues.Nil, table.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.Value);
        var issuing = table.Descendants<Run>().First(r => r.InnerText.StartsWith("TRƯỜNG", StringComparison.Ordinal));
        Assert.IsNotNull(issuing.RunProperties!.Bold);
        var date = table.Descendants<Run>().First(r => r.InnerText.StartsWith("Bắc Hà", StringComparison.Ordinal));
        Assert.IsNotNull(date.RunProperties!.Italic);
    }

    [TestMethod]
    [DataRow(2023, 1, 5, "Bắc Hà, ngày 05 tháng 01 năm 2023")]
    [DataRow(2023, 2, 28, "Bắc Hà, ngày 28 tháng 02 năm 2023")]
    [DataRow(2023, 3, 28, "Bắc Hà, ngày 28 tháng 3 năm 2023")]
    [DataRow(2022, 10, 9, "Bắc Hà, ngày 09 tháng 10 năm 2022")]
    public void Date_line_has_leading_zeros_for_small_days_and_January_February(int y, int m, int d, string expected)
    {
        using var package = Open(Sample(date: new LocalDate(y, m, d)));
        CollectionAssert.AreEqual(new[] { expected }, HeaderCellLines(package, 1, 1));
    }

    [TestMethod]
    public void Blank_number_leaves_room_for_the_office()
    {
        using var package = Open(Sample(number: null));
        var line = HeaderCellLines(package, 1, 0).Single();
        StringAssert.Matches(line, new System.Text.RegularExpressions.Regex(@"^Số: {3,}/BC-THPTS2\.BH$"));
    }

    [TestMethod]
    public void Page_is_A4_with_the_decree_margins()
    {
        using var package = Open(Sample());
        var section = package.MainDocumentPart!.Document!.Body!.Elements().Last() as SectionProperties;
        Assert.IsNotNull(section, "the final sectPr must be the last child of the body");
        var size = section.GetFirstChild<PageSize>()!;
        Assert.AreEqual(11906u, size.Width!.Value);
        Assert.AreEqual(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        // 1 mm = 56.7 dxa: top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
        Assert.IsTrue(margin.Top!.Value is >= 1134 and <= 1418);
        Assert.IsTrue(margin.Bottom!.Value is >= 1134 and <= 1418);
        Assert.IsTrue(margin.Left!.Value is >= 1701 and <= 1985);
        Assert.IsTrue(margin.Right!.Value is >= 850 and <= 1134);
    }

    [TestMethod]
    public void Every_run_and_the_defaults_are_Times_New_Roman()
    {
        using var package = Open(Sample());
        var defaults = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.AreEqual("Times New Roman", defaults.Ascii!.Value);
        var runs = package.MainDocumentPart.Document!.Descendants<Run>().ToList();
        Assert.IsNotEmpty(runs);
        foreach (var run in runs)
        {
            Assert.AreEqual("Times New Roman", run.RunProperties?.RunFonts?.Ascii?.Value, run.InnerText);
        }
    }

    [TestMethod]
    public void Page_numbers_start_on_page_2()
    {
        using var package = Open(Sample());
        var main = package.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;
        Assert.IsNotNull(section.GetFirstChild<TitlePage>(), "a different first page");
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var first = (HeaderPart)main.GetPartById(references[HeaderFooterValues.First]);
        var other = (HeaderPart)main.GetPartById(references[HeaderFooterValues.Default]);
        Assert.IsFalse(first.Header!.Descendants<FieldCode>().Any());
        Assert.AreEqual("PAGE", other.Header!.Descendants<FieldCode>().Single().Text.Trim());
        Assert.AreEqual(JustificationValues.Center, other.Header.Descendants<Justification>().Single().Val!.Value);
    }

    [TestMethod]
    public void Title_summary_addressee_and_closing_are_in_place()
    {
        using var package = Open(Sample());
        var texts = package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        CollectionAssert.IsSubsetOf(new[] { "BÁO CÁO", "Kết quả đối thoại", "Kính gửi: Sở Giáo dục và Đào tạo Lào Cai", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "HIỆU TRƯỞNG", "Phạm Tuấn Anh" }, texts);
        var body = package.MainDocumentPart.Document.Body!.Descendants<Paragraph>().First(p => p.InnerText == "Nội dung.");
        Assert.AreEqual(JustificationValues.Both, body.ParagraphProperties!.Justification!.Val!.Value);
        Assert.AreEqual("720", body.ParagraphProperties.Indentation!.FirstLine!.Value);
    }

    [TestMethod]
    public void Layout_is_valid()
    {
        var errors = DocumentTestData.Validate(DocumentTestData.Layout(Sample()));
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }
}
