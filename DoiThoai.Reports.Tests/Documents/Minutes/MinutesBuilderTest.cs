using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Schools;

namespace DoiThoai.Reports.Tests.Documents.Minutes;

[TestClass]
public sealed class MinutesBuilderTest
{
    private static (byte[] Bytes, List<string> Texts, List<SdtElement> Controls, WordprocessingDocument Package) Build(SchoolProfile? profile = null, bool boarding = false)
    {
        var session = boarding ? DocumentTestData.BoardingSession : DocumentTestData.DaySession;
        var bytes = DocumentTestData.Layout(MinutesBuilder.Build(profile ?? DocumentTestData.Profile, session, DocumentTestData.October2022()));
        var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        return (bytes, body.Descendants<Paragraph>().Select(p => p.InnerText).ToList(), body.Descendants<SdtElement>().ToList(), package);
    }

    private static string? TagOf(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    [TestMethod]
    public void Day_session_minutes_state_time_place_participants_chair_and_secretary()
    {
        var (_, texts, _, package) = Build();
        using (package)
        {
            CollectionAssert.Contains(texts, "BIÊN BẢN");
            CollectionAssert.Contains(texts, "Buổi tiếp xúc, đối thoại với học sinh khác tháng 10/2022");
            CollectionAssert.Contains(texts, "Thời gian bắt đầu: 14 giờ, Thứ Sáu, ngày 28 tháng 10 năm 2022.");
            CollectionAssert.Contains(texts, "Địa điểm: Nhà đa năng, Trường THPT số 2 Bắc Hà.");
            Assert.IsTrue(texts.Any(t => t.StartsWith("- Cán bộ, giáo viên: Lãnh đạo trường; Giáo viên chủ nhiệm các lớp", StringComparison.Ordinal)));
            Assert.IsTrue(texts.Any(t => t.Contains("× 14 lớp = 42 học sinh", StringComparison.Ordinal)));
            CollectionAssert.Contains(texts, "Chủ trì (chủ tọa): Đ/c Phạm Tuấn Anh - Hiệu trưởng.");
            CollectionAssert.Contains(texts, "Thư ký (người ghi biên bản): Đ/c Nguyễn Tiến Lực.");
            Assert.IsTrue(texts.Any(t => t.StartsWith("Cuộc họp kết thúc vào", StringComparison.Ordinal) && t.EndsWith(", ngày 28 tháng 10 năm 2022./.", StringComparison.Ordinal)));
            // No place-date line in the decree's template 1.9.
            Assert.IsFalse(texts.Any(t => t.StartsWith("Bắc Hà, ngày", StringComparison.Ordinal)));
        }
    }

    [TestMethod]
    public void Boarding_session_without_a_minute_taker_leaves_a_line_for_the_board_to_fill()
    {
        var (_, texts, _, package) = Build(boarding: true);
        using (package)
        {
            Assert.IsTrue(texts.Any(t => t.StartsWith("Thư ký (người ghi biên bản): ……", StringComparison.Ordinal) && t.EndsWith("(do Ban quản lý bán trú cử)", StringComparison.Ordinal)));
            Assert.IsTrue(texts.Any(t => t.Contains("100% học sinh bán trú", StringComparison.Ordinal)));
        }
    }

    [TestMethod]
    public void Boarding_session_names_the_boards_minute_taker_when_the_profile_has_one()
    {
        var profile = DocumentTestData.Profile with { People = [.. DocumentTestData.Profile.People, new Person("Lù Thị Mai", PersonRole.BoardingMinuteTaker, "Cán bộ quản lý bán trú")] };
        var (_, texts, _, package) = Build(profile, boarding: true);
        using (package)
        {
            CollectionAssert.Contains(texts, "Thư ký (người ghi biên bản): Đ/c Lù Thị Mai.");
        }
    }

    [TestMethod]
    public void Each_submission_of_the_session_has_an_answer_and_a_handling_control_grouped_by_topic()
    {
        var (_, texts, controls, package) = Build();
        using (package)
        {
            var tags = controls.Select(TagOf).ToList();
            foreach (var id in new[] { "2022-10-001", "2022-10-002", "2022-10-003", "2022-10-004", "2022-10-005" })
            {
                CollectionAssert.Contains(tags, "answer:" + id);
                CollectionAssert.Contains(tags, "handling:" + id);
            }

            // Other cohort's and other month's submissions are not in these minutes.
            CollectionAssert.DoesNotContain(tags, "answer:2022-10-006");
            CollectionAssert.DoesNotContain(tags, "answer:2022-09-001");
            CollectionAssert.Contains(tags, "onthespot");
            CollectionAssert.Contains(tags, "endtime");

            var handling = controls.First(c => TagOf(c) == "handling:2022-10-001");
            var items = handling.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Select(i => i.DisplayText!.Value).ToList();
            CollectionAssert.AreEqual(new[] { "Đã trả lời tại buổi", "Đã giải quyết", "Đã chuyển cấp trên", "Ngoài thẩm quyền" }, items);

            // Two submissions on facilities share one topic heading and one table.
            CollectionAssert.Contains(texts, "2.1. Dạy thêm, học thêm (1 ý kiến)");
            CollectionAssert.Contains(texts, "2.4. Cơ sở vật chất (2 ý kiến)");
            var facilities = package.MainDocumentPart!.Document!.Body!.Elements<Table>()
                .Single(t => t.InnerText.Contains("quạt trần", StringComparison.Ordinal));
            Assert.AreEqual(3, facilities.Elements<TableRow>().Count());

            // A known answer is pre-filled, a known status pre-chosen.
            Assert.AreEqual("Quỹ lớp do phụ huynh thỏa thuận.", controls.First(c => TagOf(c) == "answer:2022-10-003").InnerText);
            Assert.AreEqual("Đã chuyển cấp trên", controls.First(c => TagOf(c) == "handling:2022-10-004").InnerText);
        }
    }

    [TestMethod]
    public void Signatures_put_the_secretary_left_and_the_chair_right()
    {
        var (_, _, _, package) = Build();
        using (package)
        {
            var closing = package.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
            var cells = closing.Descendants<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList()).ToList();
            CollectionAssert.AreEqual(new[] { "THƯ KÝ", "Nguyễn Tiến Lực" }, cells[0]);
            CollectionAssert.AreEqual(new[] { "CHỦ TỌA", "Phạm Tuấn Anh" }, cells[1]);
        }
    }

    [TestMethod]
    public void Minutes_are_valid_and_control_ids_unique()
    {
        var (bytes, _, controls, package) = Build();
        using (package)
        {
            var errors = DocumentTestData.Validate(bytes);
            Assert.IsEmpty(errors, string.Join("\n", errors));
            var ids = controls.Select(c => c.SdtProperties!.GetFirstChild<SdtId>()!.Val!.Value).ToList();
            Assert.HasCount(ids.Count, ids.Distinct());
        }
    }
}
