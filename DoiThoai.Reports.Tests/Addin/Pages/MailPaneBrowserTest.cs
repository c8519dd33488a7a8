using System.Text.Json;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The principal's pane (mailpane.html) in Chromium, in Outlook (the Office fake) and in the plain browser, with
/// the API answered by routes: the month at a glance as the report counts it, the coming session's reminder, the
/// report's mail, attachment, preview and download, and the calendar in Microsoft 365 mode.
/// </summary>
[TestClass]
public sealed class MailPaneBrowserTest
{
    public TestContext TestContext { get; set; } = null!;

    private static void AssertClean(PaneTestHost host)
    {
        Assert.IsEmpty(host.Errors, "uncaught page errors: " + string.Join(" | ", host.Errors));
        Assert.IsEmpty(host.Dialogs, "dialogs: " + string.Join(" | ", host.Dialogs));
    }

    [TestMethod]
    public async Task The_chart_shows_the_month_s_figures_as_the_report_counts_them()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("mailpane.html");
        await Expect(page.Locator("#mode")).ToHaveTextAsync("Đang chạy trong Outlook.");
        await Expect(page.Locator("#month-select")).ToHaveValueAsync(RoutedApi.Month);
        await Expect(page.Locator("#month-select option").First).ToHaveTextAsync("tháng 10/2022 (tháng báo cáo)");

        var bars = page.Locator("#month-summary svg.chart g.chart-bar");
        await Expect(bars).ToHaveCountAsync(api.Figures.ByTopic.Count);
        for (var i = 0; i < api.Figures.ByTopic.Count; i++)
        {
            var (topic, byCohort) = api.Figures.ByTopic[i];
            var count = byCohort.Values.Sum();
            var bar = bars.Nth(i);
            Assert.AreEqual(topic, await bar.GetAttributeAsync("data-topic"));
            Assert.AreEqual(count.ToString(), await bar.GetAttributeAsync("data-count"));
            await Expect(bar.Locator("text.chart-label")).ToHaveTextAsync(topic);
            await Expect(bar.Locator("text.chart-value")).ToHaveTextAsync(count.ToString());
            await Expect(bar.Locator("title")).ToHaveTextAsync($"{topic}: {count} ý kiến (học sinh khác {byCohort[Cohort.Day]}, bán trú {byCohort[Cohort.SemiBoarding]})");
        }

        Assert.AreEqual(api.Figures.Total, api.Figures.ByTopic.Sum(t => t.ByCohort.Values.Sum()), "every submission is in one bar");
        await Expect(page.Locator("#chart-title")).ToHaveTextAsync("Ý kiến theo chủ đề, tháng 10/2022");
        Assert.AreEqual("img", await page.Locator("svg.chart").GetAttributeAsync("role"));
        await Expect(page.Locator(".month-total")).ToHaveTextAsync($"{api.Figures.Total} ý kiến trong tháng 10/2022.");
        await Expect(page.Locator(".outcome-answered dd")).ToHaveTextAsync(api.Figures.Answered.ToString());
        await Expect(page.Locator(".outcome-resolved dd")).ToHaveTextAsync(api.Figures.Resolved.ToString());
        await Expect(page.Locator(".outcome-forwarded dd")).ToHaveTextAsync(api.Figures.Forwarded.ToString());
        await Expect(page.Locator(".outcome-outside dd")).ToHaveTextAsync(api.Figures.OutsideAuthority.ToString());
        await Expect(page.Locator(".outcome-pending dd")).ToHaveTextAsync(api.Figures.Pending.ToString());
        await Expect(page.Locator(".month-session")).ToHaveCountAsync(2);
        await Expect(page.Locator("#calendar-section")).ToBeHiddenAsync();
        AssertClean(host);
    }

    [TestMethod]
    public async Task A_topic_name_with_markup_shows_as_text()
    {
        const string hostile = "<img src=x onerror=window.__xss=1>";
        var api = new RoutedApi { FirstTopicName = hostile };
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), api, TestContext.CancellationToken);
        await host.GotoAsync("mailpane.html");

        var first = host.Page.Locator("svg.chart g.chart-bar").First;
        await Expect(first.Locator("text.chart-label")).ToHaveTextAsync(hostile);
        StringAssert.StartsWith(await first.Locator("title").TextContentAsync(), hostile + ": ");
        Assert.AreEqual(0, await host.Page.Locator("main img, svg image, svg foreignObject").CountAsync());
        Assert.IsNull(await host.Page.EvaluateAsync<int?>("() => window.__xss"));
        AssertClean(host);
    }

    [TestMethod]
    public async Task The_coming_session_lists_silent_classes_and_the_reminder_opens_a_new_message()
    {
        var api = new RoutedApi { NextSessionId = RoutedApi.OtherSessionId };
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("mailpane.html");

        await Expect(page.Locator("#next-details .warning-suggestion")).ToHaveTextAsync("Đề xuất: Đặt hạn vào 15:00 Thứ Sáu 25/11/2022.");
        await Expect(page.Locator("#reminder .silent-count")).ToHaveTextAsync("2 lớp chưa gửi ý kiến (hạn 15:00 Thứ Năm 24/11/2022):");
        await Expect(page.Locator("#reminder .silent-place").First).ToHaveTextAsync("10A3 – Giàng Thị Mai");
        await Expect(page.Locator("#reminder .silent-place").Nth(1)).ToHaveTextAsync("11A2 – chưa có người phụ trách trong hồ sơ");
        await page.ClickAsync("#reminder-compose");
        await Expect(page.Locator("#reminder-notice")).ToHaveTextAsync("Đã mở thư mới nhắc các nơi chưa gửi ý kiến.");
        var outlook = await page.FakeOutlookAsync();
        var message = outlook.GetProperty("newMessages").EnumerateArray().Single();
        Assert.AreEqual("mai@truong.example", message.GetProperty("toRecipients")[0].GetString());
        Assert.AreEqual("Nhắc gửi ý kiến cho buổi đối thoại tháng 11/2022", message.GetProperty("subject").GetString());
        AssertClean(host);
    }

    [TestMethod]
    public async Task In_compose_mode_the_pane_attaches_the_report_to_the_message()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookCompose(), api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("mailpane.html");
        await Expect(page.Locator("#report-attach")).ToBeVisibleAsync();
        await Expect(page.Locator("#report-compose")).ToBeHiddenAsync();
        await Expect(page.Locator("#month-select")).ToHaveValueAsync(RoutedApi.Month);

        await page.ClickAsync("#report-attach");
        await Expect(page.Locator("#report-notice")).ToHaveTextAsync($"Đã đính kèm {RoutedApi.ReportFileName}; đã điền người nhận và tiêu đề.");
        var attachment = (await page.FakeOutlookAsync()).GetProperty("attachments").EnumerateArray().Single();
        CollectionAssert.AreEqual(api.Report, Convert.FromBase64String(attachment.GetProperty("base64").GetString()!));
        AssertClean(host);
    }

    [TestMethod]
    public async Task In_Microsoft_365_the_pane_opens_drafts_previews_in_the_browser_and_fills_the_calendar()
    {
        var api = new RoutedApi { Mode = "microsoft365", NextSessionId = RoutedApi.OtherSessionId };
        var office = FakeOfficeConfig.OutlookRead() with { Sets = new Dictionary<string, string?> { ["NestedAppAuth"] = "1.1" } };
        await using var host = await PaneTestHost.StartAsync(office, api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("mailpane.html");
        await Expect(page.Locator("#calendar-section")).ToBeVisibleAsync();
        await Expect(page.Locator("svg.chart g.chart-bar")).ToHaveCountAsync(api.Figures.ByTopic.Count);

        await page.ClickAsync("#report-compose");
        await Expect(page.Locator("#report-notice")).ToContainTextAsync("Đã tạo và mở thư nháp gửi báo cáo tháng");
        await page.ClickAsync("#report-preview");
        await Expect(page.Locator("#report-notice")).ToHaveTextAsync("Đã mở báo cáo trong trình duyệt.");
        await Expect(page.Locator("#reminder-compose")).ToBeVisibleAsync();
        await page.ClickAsync("#reminder-compose");
        await Expect(page.Locator("#reminder-notice")).ToHaveTextAsync("Đã tạo và mở thư nháp nhắc các nơi chưa gửi ý kiến.");
        await page.ClickAsync("#calendar-sync");
        await Expect(page.Locator("#calendar-notice")).ToHaveTextAsync("Đã thêm 45 sự kiện vào lịch Outlook, cập nhật 2, giữ nguyên 1.");

        var outlook = await page.FakeOutlookAsync();
        CollectionAssert.AreEqual(new[] { RoutedApi.LinkUrl + "?view=html" }, outlook.GetProperty("browserWindows").EnumerateArray().Select(e => e.GetString()).ToArray(), "the preview is the report as a page");
        var forms = outlook.GetProperty("messageForms").EnumerateArray().Select(e => e.GetString()).ToArray();
        CollectionAssert.AreEqual(new[] { RoutedApi.DraftId.Replace('-', '/').Replace('_', '+'), (RoutedApi.DraftId + "-reminder").Replace('-', '/').Replace('_', '+') }, forms);
        Assert.IsTrue(api.Requests.Where(r => r.Path != "/api/config").All(r => r.Authorization.StartsWith("Bearer naa-token-", StringComparison.Ordinal)),
            "every API call carries the token: " + string.Join(", ", api.Requests.Select(r => r.Path + " " + r.Authorization)));
        AssertClean(host);
    }

    [TestMethod]
    public async Task In_the_plain_browser_the_pane_downloads_the_report_and_gives_links()
    {
        var api = new RoutedApi { NextSessionId = RoutedApi.OtherSessionId };
        await using var host = await PaneTestHost.StartAsync(null, api, TestContext.CancellationToken);
        var page = host.Page;
        await host.GotoAsync("mailpane.html");
        await Expect(page.Locator("#mode")).ToHaveTextAsync("Đang mở trong trình duyệt: báo cáo được tải về máy, thư được mở bằng liên kết.", new() { Timeout = 5000 });
        await Expect(page.Locator("svg.chart g.chart-bar")).ToHaveCountAsync(api.Figures.ByTopic.Count);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-download"));
        Assert.AreEqual(RoutedApi.ReportFileName, download.SuggestedFilename);
        await using (var stream = await download.CreateReadStreamAsync())
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, TestContext.CancellationToken);
            CollectionAssert.AreEqual(api.Report, copy.ToArray());
        }

        await Expect(page.Locator("#report-notice")).ToHaveTextAsync($"Đã tải báo cáo về máy: {RoutedApi.ReportFileName}.");
        await page.ClickAsync("#report-preview");
        await Expect(page.Locator("#report-notice a")).ToHaveAttributeAsync("href", RoutedApi.LinkUrl + "?view=html");
        await Expect(page.Locator("#report-notice a")).ToHaveTextAsync("Xem báo cáo");

        await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-compose"));
        var mailto = await page.Locator("#report-notice a").GetAttributeAsync("href");
        StringAssert.StartsWith(mailto, "mailto:vanthu%40so-gddt.example,phongctct%40so-gddt.example?subject=");
        Assert.AreEqual(RoutedApi.ReportSubject, Uri.UnescapeDataString(mailto![(mailto.IndexOf("subject=", StringComparison.Ordinal) + 8)..]));

        await page.ClickAsync("#reminder-compose");
        StringAssert.StartsWith(await page.Locator("#reminder-notice a").GetAttributeAsync("href"), "mailto:mai%40truong.example?subject=");
        AssertClean(host);
    }

    [TestMethod]
    public async Task The_landing_page_links_to_the_principal_s_pane()
    {
        await using var host = await PaneTestHost.StartAsync(null, new RoutedApi(), TestContext.CancellationToken);
        await host.GotoAsync("/");
        await host.Page.ClickAsync("#link-principal");
        await Expect(host.Page.Locator("h1")).ToHaveTextAsync("DoiThoai – Hiệu trưởng");
        await Expect(host.Page.Locator("svg.chart g.chart-bar").First).ToBeVisibleAsync();
        AssertClean(host);
    }

    [TestMethod]
    public async Task An_unreachable_API_shows_a_Vietnamese_error_with_a_retry()
    {
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), null, TestContext.CancellationToken);
        await host.GotoAsync("mailpane.html");
        await Expect(host.Page.Locator("#month-notice")).ToContainTextAsync("Không kết nối được với máy chủ DoiThoai");
        await Expect(host.Page.Locator("#retry-months")).ToHaveTextAsync("Thử lại");
        AssertClean(host);
    }
}
