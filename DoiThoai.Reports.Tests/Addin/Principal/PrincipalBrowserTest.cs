using System.Diagnostics;
using System.Text.Json;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.Addin.Pages;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>
/// The ribbon button "Báo cáo tháng" and the mail pane against the REAL host (its pages, its API, its Graph through a
/// test IUserGraph on the loopback Graph fake), Outlook played by the Office fake: what reaches Outlook and the
/// mailbox, and that every failure ends in one notification and one event.completed().
/// </summary>
[TestClass]
public sealed class PrincipalBrowserTest
{
    private static readonly string[] WebRoot = [$"--webroot={AddinHostFixture.ProjectWebRoot}"];

    public TestContext TestContext { get; set; } = null!;

    private Task<PrincipalHost> StartAsync(bool microsoft365, IReadOnlyList<Submission>? rows = null, IReadOnlyList<string>? months = null) =>
        PrincipalHost.StartAsync(microsoft365, rows, months, WebRoot, TestContext.CancellationToken);

    [TestMethod]
    public async Task Read_surface_without_Microsoft_365_opens_a_new_message_with_the_hosts_mail()
    {
        await using var host = await StartAsync(microsoft365: false);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());
        var months = await host.Host.GetJsonAsync("api/months", TestContext.CancellationToken);
        var month = months.GetProperty("defaultMonth").GetString()!;
        var mail = await host.Host.GetJsonAsync($"api/months/{month}/report/mail", TestContext.CancellationToken);

        var outlook = await page.RunCommandAsync(ReportCommandBrowserTest.ReadFunction);

        var message = outlook.GetProperty("newMessages").EnumerateArray().Single();
        CollectionAssert.AreEqual(new[] { PrincipalHost.SoAddress }, message.GetProperty("toRecipients").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.AreEqual(mail.GetProperty("subject").GetString(), message.GetProperty("subject").GetString());
        Assert.AreEqual(mail.GetProperty("bodyHtml").GetString(), message.GetProperty("htmlBody").GetString());
        Assert.AreEqual(0, outlook.GetProperty("messageForms").GetArrayLength());
        var (type, text) = RealHostPage.OnlyNotification(outlook);
        Assert.AreEqual("informationalMessage", type, text);
        CollectionAssert.DoesNotContain(page.Requests, $"POST /api/months/{month}/report/draft", "no draft without Microsoft 365");
    }

    [TestMethod]
    public async Task Read_surface_in_Microsoft_365_creates_the_draft_in_the_mailbox_and_opens_it()
    {
        await using var host = await StartAsync(microsoft365: true);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());

        var outlook = await page.RunCommandAsync(ReportCommandBrowserTest.ReadFunction);

        var draft = host.Graph!.Mailbox.Messages.Single();
        Assert.AreEqual("bao-cao-2022-10.docx", draft.Attachments.Single().Name);
        CollectionAssert.AreEqual(new[] { PrincipalHost.SoAddress }, draft.To.Select(t => t.Address).ToArray());
        var log = RealHostPage.Log(outlook);
        var convert = log.IndexOf($"convertToEwsId:{draft.Id}:v2.0");
        Assert.IsGreaterThanOrEqualTo(0, convert, string.Join(", ", log));
        var opened = outlook.GetProperty("messageForms").EnumerateArray().Single().GetString()!;
        Assert.IsGreaterThan(convert, log.IndexOf("displayMessageForm:" + opened), "the converted id is opened after the conversion");
        Assert.AreEqual(0, outlook.GetProperty("newMessages").GetArrayLength());
        var (type, text) = RealHostPage.OnlyNotification(outlook);
        Assert.AreEqual("informationalMessage", type, text);
        StringAssert.StartsWith(text, "Đã tạo và mở thư nháp gửi báo cáo tháng");
    }

    [TestMethod]
    public async Task Compose_surface_attaches_the_hosts_report_and_fills_an_empty_To_and_subject()
    {
        await using var host = await StartAsync(microsoft365: false);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookCompose());
        var mail = await host.Host.GetJsonAsync("api/months/2022-10/report/mail", TestContext.CancellationToken);
        var summary = await host.Host.GetJsonAsync("api/months/2022-10/summary", TestContext.CancellationToken);

        var outlook = await page.RunCommandAsync(ReportCommandBrowserTest.ComposeFunction);

        var attachment = outlook.GetProperty("attachments").EnumerateArray().Single();
        Assert.AreEqual("bao-cao-2022-10.docx", attachment.GetProperty("name").GetString());
        Assert.IsFalse(attachment.GetProperty("isInline").GetBoolean());
        var bytes = Convert.FromBase64String(attachment.GetProperty("base64").GetString()!);
        var kept = Directory.GetFiles(host.Host.DataDirectory, "bao-cao-2022-10*.docx", SearchOption.AllDirectories).OrderBy(File.GetLastWriteTimeUtc).Last();
        CollectionAssert.AreEqual(await File.ReadAllBytesAsync(kept, TestContext.CancellationToken), bytes, "the bytes attached are the report the host made (and kept)");
        Assert.AreEqual(summary.GetProperty("total").GetInt32(), PrincipalApiTest.ReportFigures(bytes).Total);
        CollectionAssert.AreEqual(new[] { PrincipalHost.SoAddress }, outlook.GetProperty("to").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.AreEqual(mail.GetProperty("subject").GetString(), outlook.GetProperty("subject").GetString());
        Assert.AreEqual("Đã đính kèm bao-cao-2022-10.docx; đã điền người nhận và tiêu đề.", RealHostPage.OnlyNotification(outlook).Message);
    }

    public static IEnumerable<object[]> FailurePaths =>
    [
        ["server error (the workbook is gone)", ReportCommandBrowserTest.ComposeFunction, false, "Không tìm thấy"],
        ["Graph 503", ReportCommandBrowserTest.ReadFunction, true, "Microsoft 365"],
        ["Graph 429", ReportCommandBrowserTest.ReadFunction, true, "Microsoft 365"],
        ["missing Mailbox 1.8", ReportCommandBrowserTest.ComposeFunction, false, "Outlook này không đính kèm được tệp từ DoiThoai."],
        ["missing Mailbox 1.6", ReportCommandBrowserTest.ReadFunction, false, "Outlook này không mở được thư mới từ DoiThoai."],
    ];

    public static string FailureName(System.Reflection.MethodInfo _, object[] data) => "Real host failure: " + data[0];

    [TestMethod]
    [DynamicData(nameof(FailurePaths), DynamicDataDisplayName = nameof(FailureName))]
    public async Task Every_failure_shows_an_error_notification_and_completes_the_event(string what, string function, bool microsoft365, string expected)
    {
        await using var host = await StartAsync(microsoft365);
        var office = function == ReportCommandBrowserTest.ComposeFunction ? FakeOfficeConfig.OutlookCompose() : FakeOfficeConfig.OutlookRead();
        switch (what)
        {
            case "server error (the workbook is gone)":
                File.Delete(Path.Combine(host.Host.DataDirectory, "so.xlsx"));
                break;
            case "Graph 503":
                host.Graph!.Inject(new FakeFault(FakeFaultKind.Status, "POST", "/me/messages", 503, 0, Times: 10));
                break;
            case "Graph 429":
                host.Graph!.Inject(FakeFault.Throttle("POST", "/me/messages", times: 10));
                break;
            case "missing Mailbox 1.8":
                office = office with { MailboxApi = "1.7" };
                break;
            case "missing Mailbox 1.6":
                office = office with { MailboxApi = "1.5" };
                break;
        }

        await using var page = await RealHostPage.OpenAsync(host, office);
        var outlook = await page.RunCommandAsync(function);

        var (type, message) = RealHostPage.OnlyNotification(outlook);
        Assert.AreEqual("errorMessage", type, message);
        StringAssert.Contains(message, expected);
        Assert.IsTrue(ProblemAssert.IsVietnamese(message), message);
        Assert.AreEqual(0, outlook.GetProperty("messageForms").GetArrayLength());
        Assert.AreEqual(0, outlook.GetProperty("attachments").GetArrayLength());
        if (host.Graph is not null)
        {
            Assert.IsEmpty(host.Graph.Mailbox.Messages, "no half-made draft");
        }
    }

    [TestMethod]
    public async Task The_mail_panes_chart_states_the_summarys_and_the_reports_figures()
    {
        await using var host = await StartAsync(microsoft365: false);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());
        var summary = await host.Host.GetJsonAsync("api/months/2022-10/summary", TestContext.CancellationToken);
        var report = PrincipalApiTest.ReportFigures(await host.Host.GetBytesAsync("api/months/2022-10/report", TestContext.CancellationToken));

        await page.Page.GotoAsync("mailpane.html");
        await Expect(page.Page.Locator("#month-select")).ToHaveValueAsync("2022-10");
        var bars = page.Page.Locator("#month-summary svg.chart g.chart-bar");
        var topics = summary.GetProperty("byTopic").EnumerateArray().ToList();
        await Expect(bars).ToHaveCountAsync(topics.Count);
        for (var i = 0; i < topics.Count; i++)
        {
            var topic = topics[i].GetProperty("topic").GetString()!;
            var count = topics[i].GetProperty("count").GetInt32();
            Assert.AreEqual(topic, await bars.Nth(i).GetAttributeAsync("data-topic"));
            Assert.AreEqual(count.ToString(), await bars.Nth(i).GetAttributeAsync("data-count"));
            await Expect(bars.Nth(i).Locator("text.chart-value")).ToHaveTextAsync(count.ToString());
            Assert.AreEqual(report.Topics[topic].Item3, count, $"the report's count of {topic}");
        }

        await Expect(page.Page.Locator(".month-total")).ToHaveTextAsync($"{report.Total} ý kiến trong tháng 10/2022.");
        string[] classes = ["answered", "resolved", "forwarded", "outside", "pending"];
        for (var i = 0; i < classes.Length; i++)
        {
            await Expect(page.Page.Locator($".outcome-{classes[i]} dd")).ToHaveTextAsync(report.Outcomes[i + 1].ToString());
        }

        Assert.IsEmpty(page.Errors, string.Join(" | ", page.Errors));
    }

    [TestMethod]
    public async Task The_mail_pane_lists_the_coming_sessions_silent_classes_and_opens_the_reminder()
    {
        await using var host = await StartAsync(microsoft365: false);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());
        var next = (await host.Host.GetJsonAsync("api/sessions", TestContext.CancellationToken)).GetProperty("nextSessionId").GetString()!;
        var reminder = await host.Host.GetJsonAsync($"api/sessions/{next}/reminder", TestContext.CancellationToken);

        await page.Page.GotoAsync("mailpane.html");
        await Expect(page.Page.Locator("#reminder .silent-place")).ToHaveCountAsync(reminder.GetProperty("silent").GetArrayLength());
        await Expect(page.Page.Locator("#reminder .silent-place").First).ToHaveTextAsync("10A1 – Lò Thị Mai");
        await page.Page.ClickAsync("#reminder-compose");
        await Expect(page.Page.Locator("#reminder-notice")).ToHaveTextAsync("Đã mở thư mới nhắc các nơi chưa gửi ý kiến.");

        var message = (await page.Page.FakeOutlookAsync()).GetProperty("newMessages").EnumerateArray().Single();
        CollectionAssert.AreEqual(new[] { PrincipalHost.TeacherAddress }, message.GetProperty("toRecipients").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.AreEqual(reminder.GetProperty("mail").GetProperty("subject").GetString(), message.GetProperty("subject").GetString());
        Assert.IsEmpty(page.Errors, string.Join(" | ", page.Errors));
    }

    [TestMethod]
    public async Task In_Microsoft_365_the_mail_pane_makes_the_reminder_draft_and_fills_the_calendar_once()
    {
        await using var host = await StartAsync(microsoft365: true);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());

        await page.Page.GotoAsync("mailpane.html");
        await Expect(page.Page.Locator("#calendar-section")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#reminder .silent-place").First).ToHaveTextAsync("10A1 – Lò Thị Mai");
        await page.Page.ClickAsync("#reminder-compose");
        await Expect(page.Page.Locator("#reminder-notice")).ToHaveTextAsync("Đã tạo và mở thư nháp nhắc các nơi chưa gửi ý kiến.");
        var draft = host.Graph!.Mailbox.Messages.Single();
        CollectionAssert.AreEqual(new[] { PrincipalHost.TeacherAddress }, draft.To.Select(t => t.Address).ToArray());
        Assert.IsEmpty(draft.Attachments);
        Assert.HasCount(1, (await page.Page.FakeOutlookAsync()).GetProperty("messageForms").EnumerateArray().ToList());

        await page.Page.ClickAsync("#calendar-sync");
        await Expect(page.Page.Locator("#calendar-notice")).ToContainTextAsync("Đã thêm");
        var events = host.Graph.Calendar.Events.Count;
        Assert.IsGreaterThan(0, events);
        await Expect(page.Page.Locator("#calendar-notice")).ToHaveTextAsync($"Đã thêm {events} sự kiện vào lịch Outlook, cập nhật 0, giữ nguyên 0.");
        await page.Page.ClickAsync("#calendar-sync");
        await Expect(page.Page.Locator("#calendar-notice")).ToHaveTextAsync($"Đã thêm 0 sự kiện vào lịch Outlook, cập nhật 0, giữ nguyên {events}.");
        Assert.AreEqual(events, host.Graph.Calendar.Events.Count, "the second click creates nothing");
        Assert.IsEmpty(page.Errors, string.Join(" | ", page.Errors));
    }

    [TestMethod]
    public async Task When_every_class_has_sent_the_mail_pane_says_so_without_an_error()
    {
        var profile = Reports.Tests.Documents.DocumentTestData.Profile;
        var rows = profile.Classes.Select((place, i) => Reports.Tests.Documents.DocumentTestData.Make(
            $"2022-11-{i + 1:000}", place, "Khác", "Ý kiến của lớp", receivedOn: new NodaTime.LocalDate(2022, 11, 10), month: new NodaTime.YearMonth(2022, 11))).ToList();
        await using var host = await StartAsync(microsoft365: false, rows);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());
        var next = (await host.Host.GetJsonAsync("api/sessions", TestContext.CancellationToken)).GetProperty("nextSessionId").GetString()!;
        Assert.AreEqual("2022-11-day", next);

        await page.Page.GotoAsync("mailpane.html");

        await Expect(page.Page.Locator("#reminder .silent-none")).ToHaveTextAsync("Tất cả đã gửi ý kiến.");
        await Expect(page.Page.Locator("#reminder-compose")).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#next-notice")).ToBeHiddenAsync();
        Assert.IsEmpty(page.Errors, string.Join(" | ", page.Errors));
    }

    /// <summary>
    /// The button, from the click (the function's invocation) to displayMessageForm of the draft, on a month of 1,000
    /// submissions, against the real host and the loopback Graph fake; one warm-up click, then five measured. The
    /// figures go to the test's output (TestContext) and to <c>principal-button.txt</c> in the results.
    /// </summary>
    [TestMethod]
    public async Task The_button_opens_a_draft_of_a_thousand_submission_month_within_the_budget()
    {
        var profile = SchoolProfileLoader.Parse(PrincipalHost.ProfileJson(["2022-10"]), "test");
        var rows = SampleSubmissions.Generate(profile, SessionCalendar.Build(profile), 1_000).ToList();
        await using var host = await StartAsync(microsoft365: true, rows, ["2022-10"]);
        await using var page = await RealHostPage.OpenAsync(host, FakeOfficeConfig.OutlookRead());
        await page.Page.GotoAsync("commands.html");
        await page.Page.WaitForFunctionAsync("() => window.__fakeOutlook.log.indexOf('associate:openMonthlyReport') >= 0");

        var times = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            // A changed workbook each time, so each click reads it again, as after the teachers' last edit.
            File.SetLastWriteTimeUtc(Path.Combine(host.Host.DataDirectory, "so.xlsx"), DateTime.UtcNow.AddSeconds(i));
            var clock = Stopwatch.StartNew();
            var index = await page.Page.InvokeCommandAsync(ReportCommandBrowserTest.ReadFunction);
            await page.Page.WaitForFunctionAsync("n => window.__fakeOutlook.messageForms.length >= n", index + 1, new() { PollingInterval = 5, Timeout = 30000 });
            clock.Stop();
            await page.Page.WaitForFunctionAsync("i => window.__fakeOutlook.events[i].completed > 0", index);
            if (i > 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var summary = await host.Host.GetJsonAsync("api/months/2022-10/summary", TestContext.CancellationToken);
        Assert.AreEqual(1_000, summary.GetProperty("total").GetInt32());
        Assert.HasCount(6, host.Graph!.Mailbox.Messages);
        var size = host.Graph.Mailbox.Messages[^1].Attachments.Single().Content.Length;
        times.Sort();
        var line = $"Button \"Báo cáo tháng\" (read surface, Microsoft 365 mode), real host + loopback Graph fake, 1,000 submissions, report {size:N0} bytes: " +
            $"median {times[times.Count / 2]:0} ms, max {times[^1]:0} ms over {times.Count} clicks after a warm-up ({string.Join(", ", times.Select(t => t.ToString("0")))} ms).";
        TestContext.WriteLine(line);
        File.WriteAllText(Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), "principal-button.txt"), line + Environment.NewLine);
        Assert.IsLessThan(1500, times[times.Count / 2], line);
        Assert.IsLessThan(5000, times[^1], "even the slowest click on a shared two-core machine: " + line);
    }
}
