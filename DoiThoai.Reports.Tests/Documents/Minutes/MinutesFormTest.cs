using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DoiThoai.Reports.Documents.Minutes;
using NodaTime;

namespace DoiThoai.Reports.Tests.Documents.Minutes;

/// <summary>
/// The second entry of the read-back: content controls and on-the-spot rows as the Word pane reads them through
/// Word's API, read by the same rules as the .docx.
/// </summary>
[TestClass]
public sealed class MinutesFormTest
{
    private static byte[] FilledMinutes()
    {
        var bytes = DocumentTestData.Layout(MinutesBuilder.Build(DocumentTestData.Profile, DocumentTestData.DaySession, DocumentTestData.October2022()));
        using var filler = new MinutesFiller(bytes);
        return filler
            .Set("answer:2022-10-001", "Nhà trường sẽ thay quạt trong tuần.")
            .Set("handling:2022-10-001", "Đã giải quyết")
            .Set("answer:2022-10-002", "Như ý kiến trên.")
            .Set("answer:2022-10-004", "Đã chuyển Sở hướng dẫn tổ hợp.")
            .Set("handling:2022-10-004", "Đã chuyển cấp trên")
            .Set("endtime", "16 giờ 20 phút")
            .AddOnTheSpot("11A2", "Xin mở thêm câu lạc bộ bóng đá", "Đoàn trường sẽ tổ chức.")
            .AddOnTheSpot("12A4", "Hỏi lịch thi thử", null)
            .Save();
    }

    /// <summary>
    /// What Word's API gives the pane for <paramref name="docx"/>: every content control's tag, title and text (an
    /// untouched control's text is its placeholder; paragraphs end with <c>\r</c>), and the on-the-spot table's cells.
    /// </summary>
    private static MinutesForm AsWordApiGivesIt(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var controls = body.Descendants<SdtElement>().Select(sdt => new MinutesControl(
            sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value,
            sdt.SdtProperties?.GetFirstChild<SdtAlias>()?.Val?.Value,
            string.Join("\r", sdt.Descendants<Paragraph>().Select(p => p.InnerText).DefaultIfEmpty(sdt.InnerText)))).ToList();
        var table = body.Descendants<SdtElement>().Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == MinutesTags.OnTheSpot).Descendants<Table>().Single();
        var rows = table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Select(c => new MinutesTableRow(c[1], c[2], c[3])).ToList();
        return new MinutesForm(MinutesReader.Read(new MemoryStream(docx)).SessionId, controls, rows);
    }

    [TestMethod]
    public void The_controls_Word_gives_read_back_exactly_as_the_saved_document()
    {
        var docx = FilledMinutes();

        var fromDocument = MinutesReader.Read(new MemoryStream(docx));
        var fromPane = MinutesReader.Read(AsWordApiGivesIt(docx));

        Assert.AreEqual(fromDocument.SessionId, fromPane.SessionId);
        CollectionAssert.AreEqual(fromDocument.Entries.ToList(), fromPane.Entries.ToList());
        CollectionAssert.AreEqual(fromDocument.OnTheSpot.ToList(), fromPane.OnTheSpot.ToList());
        Assert.AreEqual(fromDocument.EndTime, fromPane.EndTime);
        Assert.AreEqual(new LocalTime(16, 20), fromPane.EndTime);
        CollectionAssert.AreEqual(fromDocument.Problems.ToList(), fromPane.Problems.ToList());
        Assert.IsNull(fromPane.Entries.Single(e => e.Id == "2022-10-005").Answer, "a placeholder is nothing typed");
        Assert.HasCount(2, fromPane.OnTheSpot, "the empty third row is no question");
    }

    [TestMethod]
    public void Controls_that_lost_their_tags_are_known_by_their_titles()
    {
        var form = new MinutesForm("2022-10-day",
            [
                new MinutesControl(null, "Trả lời 2022-10-001", "Đã sửa."),
                new MinutesControl("", "Xử lý 2022-10-001", "Đã giải quyết"),
                new MinutesControl(null, "Giờ kết thúc", "21:15"),
                new MinutesControl(null, "Ô lạ", "bỏ qua"),
            ],
            []);

        var read = MinutesReader.Read(form);

        Assert.AreEqual(new MinutesEntry("2022-10-001", "Đã sửa.", "Đã giải quyết"), read.Entries.Single());
        Assert.AreEqual(new LocalTime(21, 15), read.EndTime);
    }

    [TestMethod]
    public void Line_ends_placeholders_and_empty_cells_are_read_as_the_document_reads_them()
    {
        var form = new MinutesForm(" 2022-10-day ",
            [
                new MinutesControl("answer:2022-10-001", null, "  Dòng một.\r\nDòng hai.\rDòng ba.  "),
                new MinutesControl("handling:2022-10-001", null, "Chọn cách xử lý"),
                new MinutesControl("answer:2022-10-002", null, null),
                new MinutesControl("answer:2022-10-002", null, "Ô thứ hai cùng mã"),
                new MinutesControl("endtime", null, "… giờ … phút"),
            ],
            [
                new MinutesTableRow("", "", ""),
                new MinutesTableRow(null, "  Hỏi về sân bóng  ", "   "),
                new MinutesTableRow("10A1", null, "Trả lời không có câu hỏi"),
            ]);

        var read = MinutesReader.Read(form);

        Assert.AreEqual("2022-10-day", read.SessionId);
        Assert.AreEqual(new MinutesEntry("2022-10-001", "Dòng một.\nDòng hai.\nDòng ba.", null), read.Entries[0]);
        Assert.AreEqual(new MinutesEntry("2022-10-002", null, null), read.Entries[1]);
        Assert.IsNull(read.EndTimeText);
        Assert.IsNull(read.EndTime);
        Assert.AreEqual(new OnTheSpotQuestion(null, "Hỏi về sân bóng", null), read.OnTheSpot.Single());
        Assert.IsTrue(read.Problems.Single().Contains("2022-10-002", StringComparison.Ordinal), "a second answer control of one ID is reported");
    }

    [TestMethod]
    public void An_end_time_that_is_not_a_time_is_reported()
    {
        var read = MinutesReader.Read(new MinutesForm(null, [new MinutesControl("endtime", null, "chiều tối")], []));

        Assert.AreEqual("chiều tối", read.EndTimeText);
        Assert.IsNull(read.EndTime);
        StringAssert.Contains(read.Problems.Single(), "chiều tối");
    }
}
