using System.Reflection;
using System.Text.Json;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The ribbon button "Báo cáo tháng" (commands.html, manifest.xml's ExecuteFunction) in Chromium with the Office
/// fake standing in for Outlook and the API answered by routes: what reaches Outlook, and that every path ends in
/// one notification and one event.completed().
/// </summary>
[TestClass]
public sealed class ReportCommandBrowserTest
{
    public const string ReadFunction = "openMonthlyReport";
    public const string ComposeFunction = "attachMonthlyReport";

    public TestContext TestContext { get; set; } = null!;

    private static FakeOfficeConfig WithNestedAppAuth(FakeOfficeConfig office) =>
        office with { Sets = new Dictionary<string, string?> { ["NestedAppAuth"] = "1.1" } };

    /// <summary>Opens the function file, runs the function as the button would, and waits for event.completed().</summary>
    private static async Task<JsonElement> RunAsync(PaneTestHost host, string function)
    {
        await host.GotoAsync("commands.html");
        await host.Page.WaitForFunctionAsync("name => window.__fakeOutlook.log.indexOf('associate:' + name) >= 0", function);
        Assert.AreEqual(0, await host.Page.InvokeCommandAsync(function));
        await host.Page.WaitForFunctionAsync("() => window.__fakeOutlook.events[0].completed > 0", null, new() { Timeout = 20000 });
        // A second completion would come from the fallback timer: give a slow one the chance to show.
        await host.Page.WaitForTimeoutAsync(200);
        var outlook = await host.Page.FakeOutlookAsync();
        Assert.AreEqual(1, outlook.GetProperty("events")[0].GetProperty("completed").GetInt32(), "event.completed() exactly once");
        Assert.IsEmpty(host.Errors, "uncaught page errors: " + string.Join(" | ", host.Errors));
        return outlook;
    }

    private static (string Type, string Message) OnlyNotification(JsonElement outlook)
    {
        var notifications = outlook.GetProperty("notifications").EnumerateArray().ToList();
        Assert.HasCount(1, notifications, "one notification: " + outlook.GetProperty("notifications"));
        var message = notifications[0].GetProperty("message").GetString()!;
        Assert.IsLessThanOrEqualTo(150, message.Length, message);
        return (notifications[0].GetProperty("type").GetString()!, message);
    }

    private static List<string> Log(JsonElement outlook) => [.. outlook.GetProperty("log").EnumerateArray().Select(e => e.GetString()!)];

    [TestMethod]
    public async Task Both_functions_are_associated_and_defined_for_older_Outlook()
    {
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), new RoutedApi(), TestContext.CancellationToken);
        await host.GotoAsync("commands.html");
        await host.Page.WaitForFunctionAsync("() => window.__fakeOutlook.log.indexOf('associate:attachMonthlyReport') >= 0");
        CollectionAssert.IsSubsetOf(new[] { "associate:" + ReadFunction, "associate:" + ComposeFunction }, Log(await host.Page.FakeOutlookAsync()));
        Assert.IsTrue(await host.Page.EvaluateAsync<bool>("() => typeof window.openMonthlyReport === 'function' && typeof window.attachMonthlyReport === 'function'"));
    }

    [TestMethod]
    public async Task In_Microsoft_365_the_read_button_creates_the_draft_and_opens_it()
    {
        var api = new RoutedApi { Mode = "microsoft365" };
        await using var host = await PaneTestHost.StartAsync(WithNestedAppAuth(FakeOfficeConfig.OutlookRead()), api, TestContext.CancellationToken);
        var outlook = await RunAsync(host, ReadFunction);

        var log = Log(outlook);
        var converted = RoutedApi.DraftId.Replace('-', '/').Replace('_', '+');
        var convert = log.IndexOf($"convertToEwsId:{RoutedApi.DraftId}:v2.0");
        var open = log.IndexOf("displayMessageForm:" + converted);
        Assert.IsGreaterThanOrEqualTo(0, convert, string.Join(", ", log));
        Assert.IsGreaterThan(convert, open, "displayMessageForm gets the converted id, after the conversion");
        Assert.AreEqual(converted, outlook.GetProperty("messageForms")[0].GetString());
        Assert.AreEqual(0, outlook.GetProperty("newMessages").GetArrayLength());
        var (type, message) = OnlyNotification(outlook);
        Assert.AreEqual("informationalMessage", type);
        StringAssert.StartsWith(message, "Đã tạo và mở thư nháp gửi báo cáo tháng");

        var draft = api.Requests.Single(r => r.Path == $"/api/months/{RoutedApi.Month}/report/draft");
        Assert.AreEqual("POST", draft.Method);
        Assert.AreEqual("Bearer naa-token-1", draft.Authorization);
    }

    [TestMethod]
    public async Task In_the_embedded_default_the_read_button_opens_a_new_message_and_says_how_to_attach()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), api, TestContext.CancellationToken);
        var outlook = await RunAsync(host, ReadFunction);

        var message = outlook.GetProperty("newMessages").EnumerateArray().Single();
        CollectionAssert.AreEqual(RoutedApi.ReportRecipients.ToList(), message.GetProperty("toRecipients").EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.AreEqual(RoutedApi.ReportSubject, message.GetProperty("subject").GetString());
        Assert.AreEqual(RoutedApi.ReportBody, message.GetProperty("htmlBody").GetString());
        var (type, text) = OnlyNotification(outlook);
        Assert.AreEqual("informationalMessage", type);
        StringAssert.Contains(text, "bấm lại nút “Báo cáo tháng” để đính kèm");
        Assert.IsTrue(api.Requests.All(r => r.Authorization == ""), "no token in the embedded default");
        Assert.IsFalse(api.Requests.Any(r => r.Path.EndsWith("/draft", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task In_compose_the_button_attaches_the_report_and_fills_an_empty_To_and_subject()
    {
        var api = new RoutedApi();
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookCompose(), api, TestContext.CancellationToken);
        var outlook = await RunAsync(host, ComposeFunction);

        var attachment = outlook.GetProperty("attachments").EnumerateArray().Single();
        Assert.AreEqual(RoutedApi.ReportFileName, attachment.GetProperty("name").GetString());
        Assert.IsFalse(attachment.GetProperty("isInline").GetBoolean());
        CollectionAssert.AreEqual(api.Report, Convert.FromBase64String(attachment.GetProperty("base64").GetString()!), "the bytes attached are the served report");
        CollectionAssert.AreEqual(RoutedApi.ReportRecipients.ToList(), outlook.GetProperty("to").EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.AreEqual(RoutedApi.ReportSubject, outlook.GetProperty("subject").GetString());
        var (type, text) = OnlyNotification(outlook);
        Assert.AreEqual("informationalMessage", type);
        Assert.AreEqual($"Đã đính kèm {RoutedApi.ReportFileName}; đã điền người nhận và tiêu đề.", text);
    }

    [TestMethod]
    public async Task In_compose_recipients_and_subject_already_typed_are_kept()
    {
        var api = new RoutedApi();
        var office = FakeOfficeConfig.OutlookCompose(["truongphong@so-gddt.example"], "Báo cáo tháng 10 của trường");
        await using var host = await PaneTestHost.StartAsync(office, api, TestContext.CancellationToken);
        var outlook = await RunAsync(host, ComposeFunction);

        Assert.AreEqual(1, outlook.GetProperty("attachments").GetArrayLength());
        CollectionAssert.AreEqual(new[] { "truongphong@so-gddt.example" }, outlook.GetProperty("to").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.AreEqual("Báo cáo tháng 10 của trường", outlook.GetProperty("subject").GetString());
        var log = Log(outlook);
        CollectionAssert.DoesNotContain(log, "to.setAsync");
        CollectionAssert.DoesNotContain(log, "subject.setAsync");
        Assert.AreEqual($"Đã đính kèm {RoutedApi.ReportFileName}.", OnlyNotification(outlook).Message);
    }

    public static IEnumerable<object[]> FailurePaths =>
    [
        ["HTTP 500 ProblemDetails", ReadFunction, "local", "", "Máy chủ không soạn được thư báo cáo: sổ tổng hợp đang bị khóa."],
        ["network error", ReadFunction, "local", "", "Không kết nối được với máy chủ DoiThoai."],
        ["missing Mailbox 1.8", ComposeFunction, "local", "mailbox:1.7", "Outlook này không đính kèm được tệp từ DoiThoai."],
        ["missing Mailbox 1.6", ReadFunction, "local", "mailbox:1.5", "Outlook này không mở được thư mới từ DoiThoai."],
        ["convertToEwsId throws", ReadFunction, "microsoft365", "throw:convertToEwsId", "Outlook báo lỗi: The fake's convertToEwsId throws"],
        ["displayNewMessageForm throws", ReadFunction, "local", "throw:displayNewMessageForm", "Outlook báo lỗi: The fake's displayNewMessageForm throws"],
        ["the attachment fails", ComposeFunction, "local", "fail:addFileAttachmentFromBase64Async", "Outlook báo lỗi: The attachment could not be added."],
        ["sign-in dialog closed", ReadFunction, "microsoft365", "dialog:closed", "Cửa sổ đăng nhập đã đóng trước khi đăng nhập xong."],
        ["sign-in fails in nested app auth", ReadFunction, "microsoft365", "bridge:fails", "Không đăng nhập được tài khoản Microsoft 365 của trường."],
    ];

    public static string FailureName(MethodInfo _, object[] data) => "Failure: " + data[0];

    [TestMethod]
    [DynamicData(nameof(FailurePaths), DynamicDataDisplayName = nameof(FailureName))]
    public async Task Every_failure_shows_an_error_notification_and_completes_the_event(string what, string function, string mode, string setup, string expected)
    {
        var api = new RoutedApi { Mode = mode };
        var office = function == ComposeFunction ? FakeOfficeConfig.OutlookCompose() : FakeOfficeConfig.OutlookRead();
        if (mode == "microsoft365" && setup != "dialog:closed")
        {
            office = WithNestedAppAuth(office);
        }

        switch (setup.Split(':'))
        {
            case ["mailbox", var version]:
                office = office with { MailboxApi = version };
                break;
            case ["throw", var method]:
                office = office with { Mailbox = office.Mailbox with { ThrowOn = [method] } };
                break;
            case ["fail", var method]:
                office = office with { Mailbox = office.Mailbox with { FailOn = [method] } };
                break;
            case ["dialog", "closed"]:
                office = office with { Dialog = new FakeDialog { Closed = true } };
                break;
            case ["bridge", var outcome]:
                office = office with { Bridge = new FakeBridge { Silent = outcome } };
                break;
        }

        if (what == "HTTP 500 ProblemDetails")
        {
            api.Problems[$"/api/months/{RoutedApi.Month}/report/mail"] = (500, "WORKBOOK_LOCKED", "Sổ tổng hợp đang bị khóa", "Máy chủ không soạn được thư báo cáo: sổ tổng hợp đang bị khóa.");
        }
        else if (what == "network error")
        {
            api.Unreachable.Add("/api/months");
        }

        await using var host = await PaneTestHost.StartAsync(office, api, TestContext.CancellationToken);
        var outlook = await RunAsync(host, function);
        var (type, message) = OnlyNotification(outlook);
        Assert.AreEqual("errorMessage", type, message);
        StringAssert.StartsWith(message, expected);
        Assert.AreEqual(0, outlook.GetProperty("messageForms").GetArrayLength());
        if (what.StartsWith("missing", StringComparison.Ordinal))
        {
            Assert.IsFalse(api.Requests.Any(r => r.Path.StartsWith("/api/months/", StringComparison.Ordinal)), "nothing fetched that Outlook could not use");
        }
    }

    [TestMethod]
    public async Task When_even_the_notification_throws_the_event_still_completes()
    {
        var office = FakeOfficeConfig.OutlookRead() with { Mailbox = new FakeMailbox { ThrowOn = ["replaceAsync", "displayNewMessageForm"] } };
        await using var host = await PaneTestHost.StartAsync(office, new RoutedApi(), TestContext.CancellationToken);
        var outlook = await RunAsync(host, ReadFunction);
        Assert.AreEqual(0, outlook.GetProperty("notifications").GetArrayLength());
    }

    [TestMethod]
    public async Task In_Microsoft_365_without_Mailbox_1_3_the_draft_is_made_and_the_user_told_where_it_is()
    {
        var api = new RoutedApi { Mode = "microsoft365" };
        var office = WithNestedAppAuth(FakeOfficeConfig.OutlookRead() with { MailboxApi = "1.2" });
        await using var host = await PaneTestHost.StartAsync(office, api, TestContext.CancellationToken);
        var outlook = await RunAsync(host, ReadFunction);
        Assert.AreEqual(0, outlook.GetProperty("messageForms").GetArrayLength());
        StringAssert.StartsWith(OnlyNotification(outlook).Message, "Đã tạo thư nháp kèm báo cáo trong thư mục Thư nháp.");
    }
}
