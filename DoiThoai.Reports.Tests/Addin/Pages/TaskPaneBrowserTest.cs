using System.Text.Json;
using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The secretary's pane in Chromium against the built pages, with the Office fake standing in for Word and the API
/// answered by routes (the host's endpoints come in another branch): what the secretary sees and what reaches the
/// server, read back by the library's own minutes reader.
/// </summary>
[TestClass]
public sealed class TaskPaneBrowserTest
{
    public TestContext TestContext { get; set; } = null!;

    private static void AssertClean(PaneTestHost host)
    {
        Assert.IsEmpty(host.Errors, "uncaught page errors: " + string.Join(" | ", host.Errors));
        Assert.IsEmpty(host.Dialogs, "dialogs: " + string.Join(" | ", host.Dialogs));
    }

    [TestMethod]
    public async Task In_Word_an_unreachable_API_shows_a_Vietnamese_error()
    {
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig(), null, TestContext.CancellationToken);
        await host.GotoAsync("taskpane.html");

        await Expect(host.Page.Locator("#session-notice")).ToContainTextAsync("Không kết nối được với máy chủ DoiThoai");
        await Expect(host.Page.Locator("#mode")).ToHaveTextAsync("Đang chạy trong Word (WordApi 1.3).");
        await Expect(host.Page.Locator("#retry-sessions")).ToHaveTextAsync("Thử lại");
        await host.Page.ClickAsync("#open-minutes");
        await Expect(host.Page.Locator("#minutes-notice")).ToHaveTextAsync("Hãy chọn buổi đối thoại trước.");
        AssertClean(host);
    }

    [TestMethod]
    public async Task Without_office_js_the_pane_runs_as_in_a_plain_browser()
    {
        await using var host = await PaneTestHost.StartAsync(null, null, TestContext.CancellationToken);
        await host.GotoAsync("taskpane.html");

        await Expect(host.Page.Locator("#mode")).ToHaveTextAsync("Đang mở trong trình duyệt: biên bản được tải về máy, câu trả lời gửi lên bằng tệp.", new() { Timeout = 4000 });
        await Expect(host.Page.Locator("#file-row")).ToBeVisibleAsync();
        await Expect(host.Page.Locator("#session-notice")).ToContainTextAsync("Không kết nối được với máy chủ DoiThoai");
        var paint = await host.Page.EvaluateAsync<double>("() => (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime");
        TestContext.WriteLine($"first contentful paint: {paint:F0} ms");
        AssertClean(host);
    }

    [TestMethod]
    public async Task When_office_js_arrives_after_the_pane_s_script_the_pane_still_finds_Word()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig { WordApi = "1.1", ReadyDelayMs = 300 }, api, TestContext.CancellationToken, fakeAsOfficeJs: true);
        await host.GotoAsync("taskpane.html");

        await Expect(host.Page.Locator("#mode")).ToHaveTextAsync("Đang chạy trong Word (WordApi 1.1).");
        await Expect(host.Page.Locator("#file-row")).ToBeHiddenAsync();
        await Expect(host.Page.Locator("#session-select")).ToHaveValueAsync(RoutedApi.SessionId);
        AssertClean(host);
    }

    [TestMethod]
    public async Task Markup_in_submissions_and_answers_shows_as_text()
    {
        const string hostile = "<img src=x onerror=alert(1)><script>window.__xss = 1</script>";
        var api = new RoutedApi { SessionTitle = "Tháng 10 " + hostile, DigestContent = hostile };
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig(), api, TestContext.CancellationToken);
        await host.GotoAsync("taskpane.html");

        await Expect(host.Page.Locator("#session-select option").First).ToHaveTextAsync("Tháng 10 " + hostile + " (buổi tới)");
        await host.Page.ClickAsync("#show-digest");
        await Expect(host.Page.Locator("#digest .digest-content").First).ToHaveTextAsync(hostile);
        await Expect(host.Page.Locator("#digest")).ToContainTextAsync("2 ý kiến của 2/14 lớp.");
        await Expect(host.Page.Locator("#digest .digest-silent")).ToContainTextAsync("10A3, 11A2");
        await Expect(host.Page.Locator("#digest .tag-late")).ToHaveTextAsync("gửi muộn");
        Assert.AreEqual(0, await host.Page.Locator("#digest img, #digest script, #session-section img").CountAsync());
        Assert.IsNull(await host.Page.EvaluateAsync<int?>("() => window.__xss"));
        AssertClean(host);
    }

    [TestMethod]
    public async Task In_Word_1_3_the_minutes_open_as_a_new_document_and_the_filled_file_reaches_the_server()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig { SliceSize = 2048 }, api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("taskpane.html");
        await Expect(page.Locator("#session-select")).ToHaveValueAsync(RoutedApi.SessionId);
        await Expect(page.Locator("#session-details .count-submissions dd")).ToHaveTextAsync(api.Submissions.Count.ToString());

        await page.ClickAsync("#open-minutes");
        await Expect(page.Locator("#minutes-notice")).ToContainTextAsync("Đã mở biên bản trong một tài liệu Word mới.");
        CollectionAssert.Contains(await page.FakeWordLogAsync(), "createDocument.open");

        Assert.IsTrue(await page.FillControlAsync("answer:2022-10-001", "Nhà trường sẽ thay quạt trong tuần."));
        Assert.IsTrue(await page.FillControlAsync("handling:2022-10-001", "Đã giải quyết"));
        Assert.IsTrue(await page.FillControlAsync("endtime", "16 giờ 20 phút"));
        await page.FillAsync("#onthespot-class", "11A2");
        await page.FillAsync("#onthespot-question", "Xin mở thêm câu lạc bộ bóng đá");
        await page.FillAsync("#onthespot-answer", "Đoàn trường sẽ tổ chức.");
        await page.ClickAsync("#onthespot-add");
        await Expect(page.Locator("#onthespot-notice")).ToHaveTextAsync("Đã ghi vào dòng 1 của bảng câu hỏi tại buổi.");
        Assert.AreEqual(2, await page.AddOnTheSpotRowAsync("12A4", "Hỏi lịch thi thử", ""));

        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-message")).ToHaveTextAsync("Đã lưu 1 câu trả lời; thêm 1 ý kiến nêu tại buổi.");
        await Expect(page.Locator("#save-summary .summary-unknown")).ToContainTextAsync("2022-09-004 – Không thuộc buổi này.");
        await Expect(page.Locator("#save-summary .summary-problems li")).ToHaveTextAsync("<b>Giờ kết thúc</b> chưa ghi.");

        Assert.HasCount(1, api.Saves);
        var (type, body) = api.Saves.Single();
        Assert.AreEqual(RoutedApi.DocxType, type);
        var readBack = MinutesReader.Read(new MemoryStream(body));
        Assert.AreEqual(RoutedApi.SessionId, readBack.SessionId);
        var entry = readBack.Entries.Single(e => e.Id == "2022-10-001");
        Assert.AreEqual("Nhà trường sẽ thay quạt trong tuần.", entry.Answer);
        Assert.AreEqual("Đã giải quyết", entry.Handling);
        Assert.IsNull(readBack.Entries.Single(e => e.Id == "2022-10-002").Answer, "an untouched control reads as empty");
        Assert.AreEqual(new NodaTime.LocalTime(16, 20), readBack.EndTime);
        Assert.AreEqual(new OnTheSpotQuestion("11A2", "Xin mở thêm câu lạc bộ bóng đá", "Đoàn trường sẽ tổ chức."), readBack.OnTheSpot[0]);
        Assert.AreEqual(new OnTheSpotQuestion("12A4", "Hỏi lịch thi thử", null), readBack.OnTheSpot[1]);

        var log = await page.FakeWordLogAsync();
        Assert.IsGreaterThan(1, log.Count(l => l.StartsWith("getSliceAsync:", StringComparison.Ordinal)), "the file came in several slices");
        Assert.AreEqual("closeAsync", log.Last());
        Assert.AreEqual(0, await page.FakeOpenFilesAsync());
        AssertClean(host);
    }

    [TestMethod]
    public async Task The_session_of_the_open_minutes_is_selected_and_their_controls_checked()
    {
        var api = new RoutedApi { NextSessionId = RoutedApi.OtherSessionId };
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig { Document = api.Minutes }, api, TestContext.CancellationToken);
        await host.GotoAsync("taskpane.html");

        await Expect(host.Page.Locator("#session-select")).ToHaveValueAsync(RoutedApi.SessionId);
        await Expect(host.Page.Locator("#session-notice")).ToHaveTextAsync("Đã chọn buổi của tài liệu đang mở: Buổi đối thoại học sinh khác, tháng 10/2022.");
        await Expect(host.Page.Locator("#session-select option").First).ToHaveAttributeAsync("value", RoutedApi.OtherSessionId);
        await host.Page.SelectOptionAsync("#session-select", RoutedApi.OtherSessionId);
        await Expect(host.Page.Locator("#session-details .warning-suggestion")).ToHaveTextAsync("Đề xuất: Đặt hạn vào 15:00 Thứ Sáu 25/11/2022.");
        await Expect(host.Page.Locator("#session-notice")).ToContainTextAsync("biên bản của buổi khác (“2022-10-day”)");
        AssertClean(host);
    }

    [TestMethod]
    public async Task In_Word_1_1_the_minutes_replace_the_body_lost_controls_are_named_and_answers_go_as_JSON()
    {
        var api = new RoutedApi();
        var office = new FakeOfficeConfig { WordApi = "1.1", FileApi = FakeFileApi.Missing, InsertDropsTags = ["answer:2022-10-002"] };
        await using var host = await PaneTestHost.StartAsync(office, api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("taskpane.html");
        await Expect(page.Locator("#mode")).ToHaveTextAsync("Đang chạy trong Word (WordApi 1.1).");

        await page.ClickAsync("#open-minutes");
        var notice = page.Locator("#minutes-notice");
        await Expect(notice).ToContainTextAsync("mất phần đầu trang, chân trang và số trang");
        await Expect(notice).ToContainTextAsync("Biên bản thiếu các ô: trả lời ý kiến 2022-10-002.");
        CollectionAssert.Contains(await page.FakeWordLogAsync(), "body.insertFileFromBase64:Replace");

        await page.FillAsync("#onthespot-question", "Hỏi lịch thi thử");
        await page.ClickAsync("#onthespot-add");
        await Expect(page.Locator("#onthespot-notice")).ToContainTextAsync("cần WordApi 1.3");

        Assert.IsTrue(await page.FillControlAsync("answer:2022-10-001", "Nhà trường sẽ thay quạt."));
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-message")).ToBeVisibleAsync();
        await Expect(page.Locator("#save-notice")).ToContainTextAsync("Word này không cho đọc cả tệp tài liệu");
        await Expect(page.Locator("#save-notice")).ToContainTextAsync("cần WordApi 1.3");

        var (type, body) = api.Saves.Single();
        StringAssert.StartsWith(type, "application/json");
        using var json = JsonDocument.Parse(body);
        Assert.AreEqual(JsonValueKind.Null, json.RootElement.GetProperty("documentSessionId").ValueKind, "WordApi 1.1 cannot read document properties");
        var controls = json.RootElement.GetProperty("controls").EnumerateArray().ToList();
        var answer = controls.Single(c => c.GetProperty("tag").GetString() == "answer:2022-10-001");
        Assert.AreEqual("Trả lời 2022-10-001", answer.GetProperty("title").GetString());
        Assert.AreEqual("Nhà trường sẽ thay quạt.", answer.GetProperty("text").GetString());
        Assert.IsTrue(controls.Any(c => c.GetProperty("tag").GetString() == "endtime"));
        AssertClean(host);
    }

    [TestMethod]
    public async Task When_Word_cannot_give_the_file_the_controls_and_table_rows_go_as_JSON()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig { FileApi = FakeFileApi.Fails, Document = api.Minutes }, api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("taskpane.html");
        await Expect(page.Locator("#session-notice")).ToContainTextAsync("Đã chọn buổi của tài liệu đang mở");
        await page.AddOnTheSpotRowAsync("10A1", "Xin thêm giờ thư viện", "Đồng ý.");
        Assert.IsTrue(await page.FillControlAsync("answer:2022-10-003", "Quỹ lớp do phụ huynh thỏa thuận."));

        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-message")).ToBeVisibleAsync();
        await Expect(page.Locator("#save-notice")).ToContainTextAsync("Không đọc được cả tệp từ Word");

        using var json = JsonDocument.Parse(api.Saves.Single().Body);
        Assert.AreEqual(RoutedApi.SessionId, json.RootElement.GetProperty("documentSessionId").GetString());
        var row = json.RootElement.GetProperty("onTheSpot").EnumerateArray().Single();
        Assert.AreEqual("10A1", row.GetProperty("classOrRoom").GetString());
        Assert.AreEqual("Xin thêm giờ thư viện", row.GetProperty("content").GetString());
        Assert.AreEqual("Đồng ý.", row.GetProperty("answer").GetString());
        Assert.AreEqual(0, await page.FakeOpenFilesAsync());
        AssertClean(host);
    }

    [TestMethod]
    public async Task A_refused_save_shows_the_server_s_Vietnamese_title_and_detail()
    {
        var api = new RoutedApi { SaveProblem = (409, "SESSION_MISMATCH", "Biên bản của buổi khác", "Tài liệu là biên bản buổi 2022-11-day, không phải 2022-10-day.") };
        await using var host = await PaneTestHost.StartAsync(new FakeOfficeConfig { Document = api.Minutes }, api, TestContext.CancellationToken);
        await host.GotoAsync("taskpane.html");
        await Expect(host.Page.Locator("#session-select")).ToHaveValueAsync(RoutedApi.SessionId);

        await host.Page.ClickAsync("#save");
        await Expect(host.Page.Locator("#save-notice .notice-title")).ToHaveTextAsync("Biên bản của buổi khác");
        await Expect(host.Page.Locator("#save-notice .notice-text")).ToHaveTextAsync("Tài liệu là biên bản buổi 2022-11-day, không phải 2022-10-day.");
        await Expect(host.Page.Locator("#save")).ToBeEnabledAsync();
        AssertClean(host);
    }

    [TestMethod]
    public async Task In_the_plain_browser_minutes_download_and_a_filled_file_or_typed_questions_upload()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(null, api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("taskpane.html");
        await Expect(page.Locator("#mode")).ToContainTextAsync("Đang mở trong trình duyệt", new() { Timeout = 4000 });
        await Expect(page.Locator("#session-select")).ToHaveValueAsync(RoutedApi.SessionId);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#open-minutes"));
        Assert.AreEqual("bien-ban-2022-10-day.docx", download.SuggestedFilename);
        await Expect(page.Locator("#minutes-notice")).ToContainTextAsync("Đã tải biên bản về máy: bien-ban-2022-10-day.docx.");

        await page.FillAsync("#onthespot-class", "10A1");
        await page.FillAsync("#onthespot-question", "Xin thêm giờ thư viện");
        await page.ClickAsync("#onthespot-add");
        await Expect(page.Locator("#onthespot-items li")).ToHaveCountAsync(1);
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-message")).ToBeVisibleAsync();
        await Expect(page.Locator("#onthespot-items li")).ToHaveCountAsync(0);
        using (var json = JsonDocument.Parse(api.Saves.Single().Body))
        {
            Assert.AreEqual("Xin thêm giờ thư viện", json.RootElement.GetProperty("onTheSpot")[0].GetProperty("content").GetString());
        }

        using var filler = new MinutesFiller(api.Minutes);
        var filled = filler.Set("answer:2022-10-001", "Nhà trường sẽ thay quạt.").Save();
        await Expect(page.Locator("label[for=file-input]")).ToHaveTextAsync("Chọn tệp…");
        await page.SetInputFilesAsync("#file-input", new FilePayload { Name = "bien-ban-da-dien.docx", MimeType = RoutedApi.DocxType, Buffer = filled });
        await Expect(page.Locator("#file-name")).ToHaveTextAsync("bien-ban-da-dien.docx");
        await page.ClickAsync("#save");
        await Expect(page.Locator("#save-summary .summary-message")).ToBeVisibleAsync();
        Assert.HasCount(2, api.Saves);
        var (type, body) = api.Saves.Last();
        Assert.AreEqual(RoutedApi.DocxType, type);
        CollectionAssert.AreEqual(filled, body);
        AssertClean(host);
    }

    [TestMethod]
    public async Task The_landing_page_links_to_the_secretary_s_pane()
    {
        await using var host = await PaneTestHost.StartAsync(null, null, TestContext.CancellationToken);
        await host.GotoAsync("/");

        await Expect(host.Page).ToHaveTitleAsync("DoiThoai – Đối thoại với học sinh");
        await Expect(host.Page.Locator("#server-notice")).ToContainTextAsync("Không kết nối được với máy chủ DoiThoai");
        await host.Page.ClickAsync("#link-secretary");
        await Expect(host.Page.Locator("h1")).ToHaveTextAsync("DoiThoai – Thư ký");
        AssertClean(host);
    }
}
