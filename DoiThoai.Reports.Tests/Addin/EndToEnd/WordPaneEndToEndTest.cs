using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.EndToEnd;

/// <summary>
/// The secretary's whole session in Word, end to end: the host's own <c>/taskpane.html</c> on the real host (sample
/// workbook in a temporary data folder), the Office fake standing in for Word and holding the .docx the page opened
/// with its real content controls, and every save going through <c>POST /api/sessions/{id}/minutes</c> into the
/// workbook on disk, read back by the library.
/// </summary>
[TestClass]
public sealed class WordPaneEndToEndTest
{
    private const string Session = "2022-10-day";

    /// <summary>A submission's content that would run if the pane ever set it as HTML.</summary>
    private const string Hostile = "<img src=x onerror=\"alert('img')\"><script>window.__xss = 1; alert('script')</script>\"><svg onload=alert('svg')>";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task In_Word_1_3_the_filled_document_is_sent_in_slices_and_the_workbook_on_disk_changes()
    {
        string? hostileId = null;
        await using var pane = await RealHostPane.StartAsync(
            new FakeOfficeConfig { SliceSize = 4096 },
            TestContext.CancellationToken,
            data => RealHostPane.WriteSampleWorkbook(data, rows => WithHostileContent(rows, out hostileId)),
            new ViewportSize { Width = 360, Height = 900 });
        var page = pane.Page;
        var ids = await pane.SubmissionIdsAsync(Session, TestContext.CancellationToken);
        CollectionAssert.Contains(ids.ToList(), hostileId, "the hostile row belongs to the session");
        var answered = ids.First(id => id != hostileId);

        await OpenSessionAsync(page);
        await Expect(page.Locator("#mode")).ToHaveTextAsync("Đang chạy trong Word (WordApi 1.3).");
        await page.ClickAsync("#open-minutes");
        await Expect(page.Locator("#minutes-notice")).ToContainTextAsync("Đã mở biên bản trong một tài liệu Word mới.");
        CollectionAssert.Contains(await page.FakeWordLogAsync(), "createDocument.open");
        var opened = MinutesReader.Read(new MemoryStream(await page.FakeDocumentAsync()));
        Assert.AreEqual(Session, opened.SessionId, "Word holds the host's minutes of the session");
        CollectionAssert.AreEquivalent(ids.ToList(), opened.Entries.Select(e => e.Id).ToList());

        Assert.IsTrue(await page.FillControlAsync(MinutesTags.Answer(answered), "Nhà trường sẽ thay quạt phòng học trong tuần."));
        Assert.IsTrue(await page.FillControlAsync(MinutesTags.Handling(answered), "Đã giải quyết"));
        Assert.IsTrue(await page.FillControlAsync("endtime", "16 giờ 20 phút"));
        await page.FillAsync("#onthespot-class", "11A2");
        await page.FillAsync("#onthespot-question", "Xin mở thêm câu lạc bộ bóng đá");
        await page.FillAsync("#onthespot-answer", "Đoàn trường sẽ tổ chức.");
        await page.ClickAsync("#onthespot-add");
        await Expect(page.Locator("#onthespot-notice")).ToHaveTextAsync("Đã ghi vào dòng 1 của bảng câu hỏi tại buổi.");
        var before = await pane.ReadWorkbookAsync();
        Assert.AreNotEqual("Nhà trường sẽ thay quạt phòng học trong tuần.", before.Submissions.Single(s => s.Id == answered).Answer);

        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-saved .summary-ids")).ToHaveTextAsync(answered);
        await Expect(page.Locator("#save-summary .summary-added .summary-ids")).ToHaveCountAsync(1);
        await Expect(page.Locator("#save-summary .summary-message")).ToHaveTextAsync($"Đã ghi 1 câu trả lời; {ids.Count - 1} không đổi; thêm 1 ý kiến nêu tại buổi.");

        var after = await pane.ReadWorkbookAsync();
        var row = after.Submissions.Single(s => s.Id == answered);
        Assert.AreEqual("Nhà trường sẽ thay quạt phòng học trong tuần.", row.Answer);
        Assert.AreEqual(SubmissionStatus.Resolved, row.Status);
        var added = after.Submissions.Single(s => s.Content == "Xin mở thêm câu lạc bộ bóng đá");
        Assert.AreEqual("11A2", added.ClassOrRoom);
        Assert.AreEqual("Đoàn trường sẽ tổ chức.", added.Answer);
        Assert.AreEqual(before.Submissions.Count + 1, after.Submissions.Count);
        var addedId = await page.Locator("#save-summary .summary-added .summary-ids").TextContentAsync();
        Assert.AreEqual(added.Id, addedId);

        var log = await page.FakeWordLogAsync();
        Assert.IsGreaterThan(1, log.Count(l => l.StartsWith("getSliceAsync:", StringComparison.Ordinal)), "the document went in several slices: " + string.Join(", ", log));
        Assert.AreEqual("closeAsync", log.Last());
        Assert.AreEqual(0, await page.FakeOpenFilesAsync());

        // What the secretary sees after saving: the picture in docs/secretary.md.
        await Screenshots.SaveAsync(page, "word-pane.png", TestContext);

        // The digest lists the hostile submission: its markup is text, and nothing of it ran.
        await page.ClickAsync("#show-digest");
        var hostile = page.Locator("#digest .digest-content", new() { HasText = "window.__xss" });
        await Expect(hostile).ToHaveCountAsync(1);
        await Expect(hostile).ToHaveTextAsync(Hostile);
        Assert.AreEqual(0, await page.Locator("body img:not(.logo), body script:not([src]), body svg").CountAsync(), "no element from the payload");
        Assert.IsNull(await page.EvaluateAsync<int?>("() => window.__xss"));
        pane.AssertClean();
    }

    [TestMethod]
    public async Task Without_getFileAsync_the_controls_and_table_go_as_tag_and_text_and_the_workbook_changes()
    {
        await using var pane = await RealHostPane.StartAsync(new FakeOfficeConfig { FileApi = FakeFileApi.Missing }, TestContext.CancellationToken);
        var page = pane.Page;
        var ids = await pane.SubmissionIdsAsync(Session, TestContext.CancellationToken);
        await OpenSessionAsync(page);
        await page.ClickAsync("#open-minutes");
        await Expect(page.Locator("#minutes-notice")).ToContainTextAsync("Đã mở biên bản trong một tài liệu Word mới.");

        var answers = ids.Take(2).ToDictionary(id => id, id => $"Trả lời qua ô nội dung cho {id}: nhà trường đã ghi nhận.");
        foreach (var (id, answer) in answers)
        {
            Assert.IsTrue(await page.FillControlAsync(MinutesTags.Answer(id), answer));
        }

        Assert.AreEqual(1, await page.AddOnTheSpotRowAsync("10A1", "Xin thêm giờ thư viện buổi chiều", "Đồng ý từ tháng sau."));
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-saved .summary-ids")).ToHaveTextAsync(string.Join(", ", answers.Keys));
        await Expect(page.Locator("#save-notice")).ToContainTextAsync("Word này không cho đọc cả tệp tài liệu; gửi nội dung các ô thay thế.");
        Assert.IsFalse((await page.FakeWordLogAsync()).Any(l => l.StartsWith("getFileAsync", StringComparison.Ordinal)), "no file was asked of Word");

        var after = await pane.ReadWorkbookAsync();
        foreach (var (id, answer) in answers)
        {
            Assert.AreEqual(answer, after.Submissions.Single(s => s.Id == id).Answer);
        }

        Assert.AreEqual("10A1", after.Submissions.Single(s => s.Content == "Xin thêm giờ thư viện buổi chiều").ClassOrRoom);
        pane.AssertClean();
    }

    [TestMethod]
    public async Task Without_WordApi_1_3_the_minutes_are_inserted_the_pane_says_what_is_lost_and_answers_still_reach_the_workbook()
    {
        var office = new FakeOfficeConfig { WordApi = "1.1", FileApi = FakeFileApi.Missing };
        await using var pane = await RealHostPane.StartAsync(office, TestContext.CancellationToken);
        var page = pane.Page;
        var ids = await pane.SubmissionIdsAsync(Session, TestContext.CancellationToken);
        await OpenSessionAsync(page);
        await Expect(page.Locator("#mode")).ToHaveTextAsync("Đang chạy trong Word (WordApi 1.1).");

        await page.ClickAsync("#open-minutes");
        var notice = page.Locator("#minutes-notice");
        await Expect(notice).ToContainTextAsync("Đã chèn biên bản vào tài liệu đang mở.");
        await Expect(notice).ToContainTextAsync("mất phần đầu trang, chân trang và số trang");
        await Expect(notice).ToContainTextAsync("Biên bản đủ");
        CollectionAssert.Contains(await page.FakeWordLogAsync(), "body.insertFileFromBase64:Replace");

        await page.FillAsync("#onthespot-question", "Hỏi lịch thi thử");
        await page.ClickAsync("#onthespot-add");
        await Expect(page.Locator("#onthespot-notice")).ToContainTextAsync("cần WordApi 1.3");

        Assert.IsTrue(await page.FillControlAsync(MinutesTags.Answer(ids[0]), "Đã trả lời trong Word cũ."));
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-saved .summary-ids")).ToHaveTextAsync(ids[0]);
        await Expect(page.Locator("#save-notice")).ToContainTextAsync("cần WordApi 1.3");

        Assert.AreEqual("Đã trả lời trong Word cũ.", (await pane.ReadWorkbookAsync()).Submissions.Single(s => s.Id == ids[0]).Answer);
        pane.AssertClean();
    }

    /// <summary>Waits for the host's sessions and picks <see cref="Session"/>.</summary>
    internal static async Task OpenSessionAsync(IPage page)
    {
        await page.GotoAsync("taskpane.html");
        await Expect(page.Locator($"#session-select option[value='{Session}']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#session-select", Session);
        await Expect(page.Locator("#session-details .count-submissions dd")).Not.ToBeEmptyAsync();
    }

    private static IEnumerable<Submission> WithHostileContent(IReadOnlyList<Submission> rows, out string id)
    {
        var target = rows.First(r => r.SessionMonth == new NodaTime.YearMonth(2022, 10) && r.Cohort == DoiThoai.Reports.Schools.Cohort.Day);
        id = target.Id;
        return rows.Select(r => r.Id == target.Id ? r with { Content = Hostile } : r);
    }
}
