using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Reports;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Reports;

[TestClass]
public sealed class MonthlyReportBuilderTest
{
    private static readonly LocalDate ReportDate = new(2022, 11, 2);

    private static (byte[] Bytes, WordprocessingDocument Package, List<string> Texts) Build(IReadOnlyList<Submission>? submissions = null, int? number = 7)
    {
        var document = MonthlyReportBuilder.Build(DocumentTestData.Profile, DocumentTestData.Calendar, DocumentTestData.October, submissions ?? DocumentTestData.October2022(), ReportDate, number);
        var bytes = DocumentTestData.Layout(document);
        var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return (bytes, package, package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList());
    }

    [TestMethod]
    public void Report_has_the_decree_frame()
    {
        var (_, package, texts) = Build();
        using (package)
        {
            CollectionAssert.IsSubsetOf(
                new[]
                {
                    "Số: 07/BC-THPTS2.BH", "Bắc Hà, ngày 02 tháng 11 năm 2022", "BÁO CÁO",
                    "Kết quả tổ chức tiếp xúc, đối thoại với học sinh tháng 10/2022",
                    "Kính gửi: Sở Giáo dục và Đào tạo Lào Cai",
                    "I. CÔNG TÁC TỔ CHỨC", "II. KẾT QUẢ", "III. ĐÁNH GIÁ", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                    "HIỆU TRƯỞNG", "Phạm Tuấn Anh", "Nơi nhận:",
                },
                texts);
            var recipients = texts.SkipWhile(t => t != "Nơi nhận:").Skip(1).TakeWhile(t => t.StartsWith("- ", StringComparison.Ordinal)).ToList();
            Assert.AreEqual("- Như trên;", recipients[0]);
            Assert.AreEqual("- Lưu: VT.", recipients[^1]);
            var lastBody = texts.TakeWhile(t => t != "Nơi nhận:").Last(t => t.Length > 0 && t != "HIỆU TRƯỞNG");
            StringAssert.EndsWith(lastBody, "./.");
            var closing = package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText == lastBody);
            Assert.IsNotNull(closing.ParagraphProperties?.KeepNext, "the last line stays with the signature");
        }
    }

    [TestMethod]
    public void Organisation_lists_both_sessions_with_times()
    {
        var (_, package, texts) = Build();
        using (package)
        {
            Assert.IsTrue(texts.Any(t => t.StartsWith("- Buổi đối thoại với học sinh bán trú: 19 giờ 45 phút, Thứ Sáu, ngày 28 tháng 10 năm 2022", StringComparison.Ordinal)));
            Assert.IsTrue(texts.Any(t => t.StartsWith("- Buổi đối thoại với học sinh khác: 14 giờ, Thứ Sáu, ngày 28 tháng 10 năm 2022", StringComparison.Ordinal)));
            CollectionAssert.Contains(texts, "- Trong tháng không có buổi đối thoại đột xuất.");
        }
    }

    [TestMethod]
    public void Counts_reconcile_with_the_submissions()
    {
        var month = DocumentTestData.October2022().Where(s => s.SessionMonth == DocumentTestData.October).ToList();
        var figures = MonthlyFigures.Of(month, DocumentTestData.Profile.Topics);
        Assert.AreEqual(7, figures.Total);
        Assert.AreEqual(figures.Total, figures.Answered + figures.Resolved + figures.Forwarded + figures.OutsideAuthority + figures.Pending);
        Assert.AreEqual(figures.Total, figures.ByTopic.Sum(t => t.ByCohort.Values.Sum()));
        Assert.AreEqual(2, figures.ByCohort[Cohort.SemiBoarding]);
        Assert.AreEqual(5, figures.ByCohort[Cohort.Day]);
        Assert.AreEqual((1, 1, 1, 4), (figures.Answered, figures.Resolved, figures.Forwarded, figures.Pending));

        var (_, package, _) = Build();
        using (package)
        {
            // The report's own tables: those before the appendix.
            var tables = package.MainDocumentPart!.Document!.Body!.Elements().TakeWhile(e => e.InnerText != "PHỤ LỤC").OfType<Table>().ToList();
            var topicTable = tables.Single(t => t.InnerText.Contains("Tổng cộng", StringComparison.Ordinal));
            var total = topicTable.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText).ToList();
            CollectionAssert.AreEqual(new[] { string.Empty, "Tổng cộng", "2", "5", "7" }, total);
            var facilities = topicTable.Elements<TableRow>().Single(r => r.InnerText.Contains("Cơ sở vật chất", StringComparison.Ordinal)).Elements<TableCell>().Select(c => c.InnerText).ToList();
            CollectionAssert.AreEqual(new[] { "0", "2", "2" }, facilities.Skip(2).ToList());
            var outcome = tables.Single(t => t.InnerText.Contains("Chưa giải quyết", StringComparison.Ordinal)).Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText).ToList();
            CollectionAssert.AreEqual(new[] { "7", "1", "1", "1", "0", "4" }, outcome);
        }
    }

    [TestMethod]
    public void Proposals_are_the_forwarded_items_and_notable_issues_carry_answers()
    {
        var (_, package, texts) = Build();
        using (package)
        {
            var proposals = texts.SkipWhile(t => t != "IV. ĐỀ XUẤT, KIẾN NGHỊ").TakeWhile(t => t != "PHỤ LỤC").ToList();
            Assert.IsTrue(proposals.Any(t => t.Contains("Xin tư vấn chọn tổ hợp thi tốt nghiệp (12A1)", StringComparison.Ordinal)));
            Assert.IsFalse(proposals.Any(t => t.Contains("quạt trần", StringComparison.Ordinal)));
            Assert.IsTrue(texts.Any(t => t.Contains("Trả lời: Quỹ lớp do phụ huynh thỏa thuận.", StringComparison.Ordinal)));
        }
    }

    [TestMethod]
    public void Report_is_valid()
    {
        var (bytes, package, _) = Build(number: null);
        using (package)
        {
            var errors = DocumentTestData.Validate(bytes);
            Assert.IsEmpty(errors, string.Join("\n", errors));
        }
    }

    [TestMethod]
    public void Recipients_always_start_with_Nhu_tren_and_end_with_the_archive()
    {
        CollectionAssert.AreEqual(new[] { "Như trên", "Phòng A", "Lưu: VT, HS" }, MonthlyReportBuilder.Recipients(["Lưu: VT, HS", "Phòng A"]).ToList());
        CollectionAssert.AreEqual(new[] { "Như trên", "Lưu: VT" }, MonthlyReportBuilder.Recipients([]).ToList());
    }
}
