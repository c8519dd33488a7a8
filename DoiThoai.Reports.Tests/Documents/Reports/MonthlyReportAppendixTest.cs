using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Documents.Templates;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Reports;

[TestClass]
public sealed class MonthlyReportAppendixTest
{
    private static readonly LocalDate ReportDate = new(2022, 11, 2);

    private static OfficialDocument Report(int? number = 7) =>
        MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, DocumentTestData.October2022(), ReportDate, number);

    private static byte[] Template(OfficialDocument document)
    {
        using var output = new MemoryStream();
        SchoolTemplate.Fill(document, new MemoryStream(Templates.SchoolTemplateTest.Template()), output);
        return output.ToArray();
    }

    private static List<OpenXmlElement> BodyElements(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. package.MainDocumentPart!.Document!.Body!.Elements().Select(e => e.CloneNode(true))];
    }

    /// <summary>The appendix table: the last table of the body, after the <c>PHỤ LỤC</c> heading.</summary>
    private static Table AppendixTable(List<OpenXmlElement> body)
    {
        var heading = body.FindIndex(e => e is Paragraph && e.InnerText == "PHỤ LỤC");
        Assert.IsGreaterThanOrEqualTo(0, heading, "no PHỤ LỤC heading");
        return body.Skip(heading).OfType<Table>().Single();
    }

    private static List<List<string>> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())];

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Appendix_follows_the_signatures_on_a_new_page(bool template)
    {
        var document = Report();
        var body = BodyElements(template ? Template(document) : DocumentTestData.Layout(document));
        var closing = body.FindIndex(e => e is Table && e.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        var heading = body.FindIndex(e => e is Paragraph && e.InnerText == "PHỤ LỤC");
        Assert.IsGreaterThanOrEqualTo(0, closing);
        Assert.IsGreaterThan(closing, heading, "the appendix comes after the signatures");
        var headingParagraph = (Paragraph)body[heading];
        Assert.IsNotNull(headingParagraph.ParagraphProperties?.PageBreakBefore, "the appendix starts a new page");
        Assert.AreEqual(JustificationValues.Center, headingParagraph.ParagraphProperties?.Justification?.Val?.Value);
        Assert.IsTrue(headingParagraph.Descendants<Bold>().Any());

        var lines = body.Skip(heading + 1).TakeWhile(e => e is Paragraph).Cast<Paragraph>().ToList();
        Assert.AreEqual("Danh sách ý kiến, kiến nghị của học sinh tháng 10/2022 và kết quả giải quyết", lines[0].InnerText);
        Assert.IsTrue(lines[0].Descendants<Bold>().Any());
        Assert.AreEqual("(Kèm theo Báo cáo số 07/BC-THPTS2.BH ngày 02/11/2022 của Trường THPT số 2 Bắc Hà)", lines[1].InnerText);
        Assert.IsTrue(lines[1].Descendants<Italic>().Any());
        Assert.IsInstanceOfType<Table>(body[heading + 3]);

        var table = (Table)body[heading + 3];
        var header = table.Elements<TableRow>().First();
        Assert.IsNotNull(header.TableRowProperties?.GetFirstChild<TableHeader>(), "the header row repeats on every page");
        CollectionAssert.AreEqual(new[] { "STT", "Lớp/Phòng", "Chủ đề", "Nội dung ý kiến, kiến nghị", "Trả lời", "Kết quả" }, header.Elements<TableCell>().Select(c => c.InnerText).ToList());
        Assert.AreEqual(OfficialFormat.TextWidth, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)), "the table fills the text width of A4 portrait");
        Assert.IsNotNull(table.GetFirstChild<TableProperties>()?.TableBorders, "the table is bordered");
    }

    [TestMethod]
    public void A_blank_number_is_left_for_the_office_in_the_appendix_too()
    {
        var document = Report(number: null);
        var line = document.Appendix!.Title[2];
        Assert.AreEqual("(Kèm theo Báo cáo số       /BC-THPTS2.BH ngày 02/11/2022 của Trường THPT số 2 Bắc Hà)", ((TextSpan)line.Inlines.Single()).Text);
    }

    [TestMethod]
    public void Appendix_lists_every_submission_of_the_month_by_topic_then_id_with_its_outcome()
    {
        var rows = Rows(AppendixTable(BodyElements(DocumentTestData.Layout(Report()))));
        var month = DocumentTestData.October2022().Where(s => s.SessionMonth == DocumentTestData.October).ToList();
        Assert.HasCount(month.Count + 1, rows, "a header and one row per submission of the month");
        Assert.IsFalse(rows.Any(r => r.Contains("Ý kiến tháng trước")), "September's submission is not October's");

        var topics = DocumentTestData.Profile.Topics.ToList();
        var expected = month.OrderBy(s => topics.IndexOf(s.Topic)).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        Assert.AreNotEqual(string.Join(",", month.Select(s => s.Id)), string.Join(",", expected.Select(s => s.Id)), "the data's own order differs, so the test can tell");
        for (var i = 0; i < expected.Count; i++)
        {
            var s = expected[i];
            var status = s.Status == SubmissionStatus.New ? "Chưa giải quyết" : SubmissionLabels.Statuses[s.Status];
            CollectionAssert.AreEqual(new[] { (i + 1).ToString(), s.ClassOrRoom, s.Topic, s.Content, s.Answer ?? string.Empty, status }, rows[i + 1], s.Id);
        }

        CollectionAssert.Contains(rows.Select(r => r[5]).ToList(), "Chưa giải quyết");
        CollectionAssert.Contains(rows.Select(r => r[5]).ToList(), "Đã chuyển cấp trên");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Streamed_rows_are_the_rows_the_renderer_makes(bool template)
    {
        // Both layouts stream rows through RowWriter; BlockRenderer builds the same rows as elements (and
        // still does, for rows RowWriter hands back to it). The same table must come out, hostile text included.
        var submissions = DocumentTestData.October2022()
            .Append(DocumentTestData.Make("2022-10-050", "10A5", "Khác", "  dòng 1\r\ndòng 2\ttab\u0001 <w:p> ", answer: "Trả lời\nhai dòng"))
            .ToList();
        var document = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, submissions, ReportDate, 7);
        var streamed = AppendixTable(BodyElements(template ? Template(document) : DocumentTestData.Layout(document)));
        var rendered = new BlockRenderer().Table(document.Appendix!.Blocks.OfType<TableBlock>().Single());
        Assert.IsTrue(streamed.Descendants<Break>().Any() && streamed.Descendants<TabChar>().Any());
        CollectionAssert.AreEqual(
            rendered.Elements<TableRow>().Select(r => r.OuterXml).ToList(),
            streamed.Elements<TableRow>().Select(r => r.OuterXml).ToList());
    }

    [TestMethod]
    public void Appendix_rows_are_made_as_they_are_written()
    {
        var made = 0;
        var rows = Enumerable.Range(1, 3).Select(i =>
        {
            made++;
            return (IReadOnlyList<IReadOnlyList<DocumentBlock>>)[[ParagraphBlock.Of(i.ToString(), ParagraphRole.Cell)]];
        });
        var document = Report() with { Appendix = new Appendix([ParagraphBlock.Of("PHỤ LỤC", ParagraphRole.Centered)], [new TableBlock([new("STT", OfficialFormat.TextWidth)], rows)]) };
        Assert.AreEqual(0, made, "building the appendix makes no rows");
        var table = AppendixTable(BodyElements(DocumentTestData.Layout(document)));
        Assert.AreEqual(3, made, "writing makes each row once");
        Assert.HasCount(4, table.Elements<TableRow>());
    }
}
