using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Digest;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Digest;

[TestClass]
public sealed class DigestBuilderTest
{
    private static (byte[] Bytes, List<string> Texts) Build()
    {
        var bytes = DocumentTestData.Layout(DigestBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022(), new LocalDate(2022, 10, 27)));
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return (bytes, package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList());
    }

    [TestMethod]
    public void Near_duplicates_across_classes_form_one_group()
    {
        var (_, texts) = Build();
        var group = texts.Single(t => t.StartsWith("- Nhóm 1", StringComparison.Ordinal));
        StringAssert.Contains(group, "10A1, 10A2");
        Assert.IsFalse(texts.Any(t => t.StartsWith("- Nhóm 2", StringComparison.Ordinal)));
        Assert.AreEqual(2, texts.Count(t => t == "Trùng lặp (nhóm 1)"));
    }

    [TestMethod]
    public void Classes_that_sent_nothing_and_late_submissions_are_listed()
    {
        var (_, texts) = Build();
        var silent = texts[texts.IndexOf("IV. LỚP CHƯA GỬI Ý KIẾN") + 1];
        StringAssert.StartsWith(silent, "10A3, 10A4, 10A5, 11A1, 11A2, 11A4");
        Assert.IsFalse(silent.Contains("10A1,", StringComparison.Ordinal));
        var late = texts.SkipWhile(t => t != "V. Ý KIẾN GỬI MUỘN").Skip(1).First();
        StringAssert.StartsWith(late, "- 12A2 (mã 2022-10-005), nhận ngày 27/10/2022 16:30");
        Assert.AreEqual(1, texts.Count(t => t == "Gửi muộn"));
    }

    [TestMethod]
    public void Digest_groups_by_topic_and_is_valid()
    {
        var (bytes, texts) = Build();
        CollectionAssert.Contains(texts, "4. Cơ sở vật chất (2 ý kiến)");
        var errors = DocumentTestData.Validate(bytes);
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    [TestMethod]
    [DataRow("Đề nghị sửa quạt trần phòng học bị hỏng", "Em xin đề nghị nhà trường sửa quạt trần bị hỏng ở phòng học", true)]
    [DataRow("Đề nghị sửa quạt trần phòng học bị hỏng", "Xin tư vấn chọn tổ hợp thi tốt nghiệp", false)]
    [DataRow("Căng tin bán đồ ăn đắt quá", "CĂNG TIN BÁN ĐỒ ĂN QUÁ ĐẮT", true)]
    public void Similarity_ignores_diacritics_case_and_stop_words(string a, string b, bool similar) =>
        Assert.AreEqual(similar, NearDuplicates.Similarity(NearDuplicates.Words(a), NearDuplicates.Words(b)) >= NearDuplicates.Threshold);
}
