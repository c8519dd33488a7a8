using System.Text.RegularExpressions;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Tests.TestTools;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents;

[TestClass]
[TestCategory("LibreOffice")]
public sealed partial class PdfRenderingTest
{
    [TestMethod]
    public void Report_converts_to_PDF_on_A4_pages()
    {
        var docx = DocumentTestData.Layout(MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, DocumentTestData.October2022(), new LocalDate(2022, 11, 2)));
        AssertA4(LibreOffice.Convert(docx, "pdf"));
    }

    [TestMethod]
    public void Report_with_a_long_appendix_converts_to_PDF_on_A4_pages()
    {
        var submissions = Enumerable.Range(1, 120)
            .Select(i => DocumentTestData.Make($"2022-10-{i:000}", $"10A{i % 9 + 1}", DocumentTestData.Profile.Topics[i % DocumentTestData.Profile.Topics.Count],
                $"Ý kiến số {i}: đề nghị nhà trường xem xét sửa chữa cơ sở vật chất, bổ sung thiết bị dạy học cho lớp.",
                answer: i % 3 == 0 ? null : "Nhà trường đã tiếp thu và sẽ giải quyết trong tháng."))
            .ToList();
        var docx = DocumentTestData.Layout(MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, submissions, new LocalDate(2022, 11, 2)));
        var pages = AssertA4(LibreOffice.Convert(docx, "pdf"));
        // Two pages of report and at least five of a 120-row table: the appendix is laid out, on its own pages.
        Assert.IsGreaterThanOrEqualTo(7, pages);
    }

    [TestMethod]
    public void Minutes_convert_to_PDF_on_A4_pages()
    {
        var docx = DocumentTestData.Layout(MinutesBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022()));
        AssertA4(LibreOffice.Convert(docx, "pdf"));
    }

    /// <summary>Every page's MediaBox is A4 (595.3 × 841.9 pt) and there is at least one page; returns the number of pages.</summary>
    private static int AssertA4(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        StringAssert.StartsWith(text, "%PDF");
        var boxes = MediaBox().Matches(text);
        Assert.IsNotEmpty(boxes, "no MediaBox");
        foreach (Match box in boxes)
        {
            var width = double.Parse(box.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var height = double.Parse(box.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(595.3, width, 1.0);
            Assert.AreEqual(841.9, height, 1.0);
        }

        return boxes.Count;
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
