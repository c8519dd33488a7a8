using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Tests.TestTools;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.EndToEnd;

/// <summary>
/// A newcomer without Office at the host's address: office.js cannot load (answered with 404, as on a school network
/// without internet), and the landing page and the secretary's pane work with a download and an upload against the
/// real host; the workbook on disk changes.
/// </summary>
[TestClass]
public sealed class PlainBrowserEndToEndTest
{
    private const string Session = "2022-10-day";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task From_the_landing_page_the_minutes_download_and_the_filled_file_uploads_into_the_workbook()
    {
        await using var pane = await RealHostPane.StartAsync(null, TestContext.CancellationToken);
        var page = pane.Page;
        var ids = await pane.SubmissionIdsAsync(Session, TestContext.CancellationToken);

        await page.GotoAsync("/");
        await Expect(page).ToHaveTitleAsync("DoiThoai – Đối thoại với học sinh");
        await Expect(page.Locator("#server-notice")).ToContainTextAsync("Máy chủ đang chạy trên máy này (không cần Microsoft 365).");
        await page.ClickAsync("#link-secretary");
        await Expect(page.Locator("h1")).ToHaveTextAsync("DoiThoai – Thư ký");
        await Expect(page.Locator("#mode")).ToHaveTextAsync("Đang mở trong trình duyệt: biên bản được tải về máy, câu trả lời gửi lên bằng tệp.");
        await Expect(page.Locator("#file-row")).ToBeVisibleAsync();
        await Expect(page.Locator($"#session-select option[value='{Session}']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#session-select", Session);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#open-minutes"));
        Assert.AreEqual($"bien-ban-{Session}.docx", download.SuggestedFilename);
        await Expect(page.Locator("#minutes-notice")).ToContainTextAsync($"Đã tải biên bản về máy: bien-ban-{Session}.docx.");
        var downloaded = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.CancellationToken);
        var blank = MinutesReader.Read(new MemoryStream(downloaded));
        Assert.AreEqual(Session, blank.SessionId);
        CollectionAssert.AreEquivalent(ids.ToList(), blank.Entries.Select(e => e.Id).ToList());

        // The secretary fills the file in Word (here: the library's test helper) and sends it back.
        var answers = ids.Take(3).ToDictionary(id => id, id => $"Trả lời trong trình duyệt cho {id}: nhà trường sẽ xử lý trong tháng.");
        using var filler = new MinutesFiller(downloaded);
        foreach (var (id, answer) in answers)
        {
            filler.Set(MinutesTags.Answer(id), answer);
        }

        var filled = filler.AddOnTheSpot("12A4", "Hỏi lịch thi thử học kỳ I", "Tuần 18.").Set("endtime", "16 giờ 30 phút").Save();
        await page.SetInputFilesAsync("#file-input", new Microsoft.Playwright.FilePayload
        {
            Name = "bien-ban-da-dien.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = filled,
        });
        await Expect(page.Locator("#file-name")).ToHaveTextAsync("bien-ban-da-dien.docx");
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-saved .summary-ids")).ToHaveTextAsync(string.Join(", ", answers.Keys));
        await Expect(page.Locator("#save-summary .summary-added .summary-ids")).ToHaveCountAsync(1);
        await Expect(page.Locator("#save-summary .summary-message")).ToHaveTextAsync($"Đã ghi 3 câu trả lời; {ids.Count - 3} không đổi; thêm 1 ý kiến nêu tại buổi.");

        var workbook = await pane.ReadWorkbookAsync();
        foreach (var (id, answer) in answers)
        {
            Assert.AreEqual(answer, workbook.Submissions.Single(s => s.Id == id).Answer);
        }

        Assert.AreEqual("Tuần 18.", workbook.Submissions.Single(s => s.Content == "Hỏi lịch thi thử học kỳ I").Answer);

        // Sending the same file again changes nothing: the summary says so.
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-unchanged .summary-ids")).ToContainTextAsync(answers.Keys.First());
        await Expect(page.Locator("#save-summary .summary-saved")).ToHaveCountAsync(0);
        pane.AssertClean();
    }

    [TestMethod]
    [DataRow("office.js 404")]
    [DataRow("Office.onReady without host")]
    public async Task Questions_typed_in_the_plain_pane_are_added_to_the_workbook(string how)
    {
        // Either office.js never loads, or it loads (here: the fake, as office.js) and Office.onReady says no host.
        var office = how == "office.js 404" ? null : new FakeOfficeConfig { Host = null, WordApi = null, FileApi = FakeFileApi.Missing };
        await using var pane = await RealHostPane.StartAsync(office, TestContext.CancellationToken, fakeAsOfficeJs: true);
        var page = pane.Page;
        await page.GotoAsync("taskpane.html");
        await Expect(page.Locator($"#session-select option[value='{Session}']")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#session-select", Session);
        await Expect(page.Locator("#mode")).ToContainTextAsync("Đang mở trong trình duyệt");

        await page.FillAsync("#onthespot-class", "10A1");
        await page.FillAsync("#onthespot-question", "Xin thêm giờ thư viện buổi trưa");
        await page.ClickAsync("#onthespot-add");
        await Expect(page.Locator("#onthespot-items li")).ToHaveCountAsync(1);
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-added .summary-ids")).ToHaveCountAsync(1);
        await Expect(page.Locator("#onthespot-items li")).ToHaveCountAsync(0);

        var row = (await pane.ReadWorkbookAsync()).Submissions.Single(s => s.Content == "Xin thêm giờ thư viện buổi trưa");
        Assert.AreEqual("10A1", row.ClassOrRoom);
        pane.AssertClean();
    }
}
