using System.Text.Json;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// Sign-in in the pages (auth.ts): nothing in the embedded default; in Microsoft 365 mode the vendored MSAL 5 (lowered
/// to ES5 syntax) through the fake's nested app authentication bridge, or the Office dialog; the bearer token on every
/// call, one retry with the claims of a CONSENT_REQUIRED challenge, and no token in any address or console line.
/// </summary>
[TestClass]
public sealed class SignInBrowserTest
{
    public TestContext TestContext { get; set; } = null!;

    private static FakeOfficeConfig Nested(FakeOfficeConfig office) => office with { Sets = new Dictionary<string, string?> { ["NestedAppAuth"] = "1.1" } };

    private static async Task<(PaneTestHost Host, List<string> Urls, List<string> Console)> OpenPaneAsync(FakeOfficeConfig? office, RoutedApi api, CancellationToken cancellationToken)
    {
        var host = await PaneTestHost.StartAsync(office, api, cancellationToken);
        var urls = new List<string>();
        var console = new List<string>();
        host.Page.Request += (_, request) => urls.Add(request.Url);
        host.Page.Console += (_, message) => console.Add(message.Text);
        await host.GotoAsync("mailpane.html");
        return (host, urls, console);
    }

    private static void AssertNoTokenLeaks(List<string> urls, List<string> console)
    {
        foreach (var token in new[] { "naa-token-", "dialog-token-" })
        {
            Assert.IsFalse(urls.Any(u => u.Contains(token, StringComparison.Ordinal)), "a token in an address");
            Assert.IsFalse(console.Any(c => c.Contains(token, StringComparison.Ordinal)), "a token in the console");
        }
    }

    [TestMethod]
    public async Task In_the_embedded_default_no_token_is_sent_and_MSAL_never_loads()
    {
        var api = new RoutedApi();
        var (host, urls, _) = await OpenPaneAsync(Nested(FakeOfficeConfig.OutlookRead()), api, TestContext.CancellationToken);
        await using (host)
        {
            await Expect(host.Page.Locator("svg.chart g.chart-bar").First).ToBeVisibleAsync();
            Assert.IsNotEmpty(api.Requests);
            Assert.IsTrue(api.Requests.All(r => r.Authorization == ""));
            Assert.IsFalse(urls.Any(u => u.Contains("/assets/vendor/", StringComparison.Ordinal)), "MSAL is not loaded: " + string.Join(", ", urls));
            Assert.AreEqual(0, (await host.Page.FakeOutlookAsync()).GetProperty("bridge").GetArrayLength());
        }
    }

    [TestMethod]
    public async Task With_nested_app_auth_every_call_carries_the_token_and_a_consent_challenge_is_answered_once()
    {
        var api = new RoutedApi { Mode = "microsoft365", ConsentRequiredFor = "naa-token-1" };
        var (host, urls, console) = await OpenPaneAsync(Nested(FakeOfficeConfig.OutlookRead()), api, TestContext.CancellationToken);
        await using (host)
        {
            await Expect(host.Page.Locator("svg.chart g.chart-bar")).ToHaveCountAsync(api.Figures.ByTopic.Count);
            var outlook = await host.Page.FakeOutlookAsync();
            var bridge = outlook.GetProperty("bridge").EnumerateArray().ToList();
            Assert.AreEqual("GetInitContext", bridge[0].GetProperty("method").GetString());
            var silent = bridge.First(b => b.GetProperty("method").GetString() == "GetToken");
            CollectionAssert.Contains(silent.GetProperty("scope").GetString()!.Split(' '), RoutedApi.ApiScope);
            var popup = bridge.Single(b => b.GetProperty("method").GetString() == "GetTokenPopup");
            // MSAL merges the challenge into the claims it sends anyway.
            using (var sent = JsonDocument.Parse(popup.GetProperty("claims").GetString()!))
            using (var challenge = JsonDocument.Parse(RoutedApi.Claims))
            {
                Assert.AreEqual(challenge.RootElement.GetProperty("access_token").GetRawText(), sent.RootElement.GetProperty("access_token").GetRawText(), "the challenge's claims go to the sign-in");
            }


            var months = api.Requests.Where(r => r.Path == "/api/months").Select(r => r.Authorization).ToList();
            CollectionAssert.AreEqual(new[] { "Bearer naa-token-1", "Bearer naa-token-2" }, months, "refused once with consent required, then retried once");
            Assert.IsTrue(api.Requests.Where(r => r.Path != "/api/config").All(r => r.Authorization.StartsWith("Bearer naa-token-", StringComparison.Ordinal)));
            Assert.AreEqual("", api.Requests.First(r => r.Path == "/api/config").Authorization, "config is asked without a token");
            Assert.IsTrue(urls.Any(u => u.Contains("/assets/vendor/msal-browser-5.30.0.js?v=", StringComparison.Ordinal)), "the vendored MSAL 5 loaded, with its version");
            Assert.AreEqual(0, outlook.GetProperty("dialogs").GetArrayLength());
            AssertNoTokenLeaks(urls, console);
            Assert.IsEmpty(host.Errors, string.Join(" | ", host.Errors));
        }
    }

    [TestMethod]
    public async Task Without_nested_app_auth_one_Office_dialog_signs_in_for_all_calls()
    {
        var api = new RoutedApi { Mode = "microsoft365", NextSessionId = RoutedApi.OtherSessionId };
        var (host, urls, console) = await OpenPaneAsync(FakeOfficeConfig.OutlookRead(), api, TestContext.CancellationToken);
        await using (host)
        {
            await Expect(host.Page.Locator("svg.chart g.chart-bar")).ToHaveCountAsync(api.Figures.ByTopic.Count);
            await Expect(host.Page.Locator("#reminder .silent-place")).ToHaveCountAsync(2);
            var outlook = await host.Page.FakeOutlookAsync();
            var dialog = outlook.GetProperty("dialogs").EnumerateArray().Single();
            Assert.AreEqual(new Uri(host.Page.Url).GetLeftPart(UriPartial.Authority) + "/auth-dialog.html", dialog.GetProperty("url").GetString());
            Assert.AreEqual(60, dialog.GetProperty("height").GetInt32());
            Assert.AreEqual(30, dialog.GetProperty("width").GetInt32());
            Assert.AreEqual(1, outlook.GetProperty("dialogsClosed").GetInt32());
            Assert.IsTrue(api.Requests.Where(r => r.Path != "/api/config").All(r => r.Authorization == "Bearer dialog-token-1"));
            Assert.IsFalse(urls.Any(u => u.Contains("/assets/vendor/", StringComparison.Ordinal)), "the pane itself loads no MSAL");
            AssertNoTokenLeaks(urls, console);
        }
    }

    [TestMethod]
    public async Task A_failed_sign_in_says_so_in_Vietnamese_and_offers_a_retry()
    {
        var api = new RoutedApi { Mode = "microsoft365" };
        var office = FakeOfficeConfig.OutlookRead() with { Dialog = new FakeDialog { Message = """{"status":"error","reason":"signIn"}""" } };
        var (host, _, _) = await OpenPaneAsync(office, api, TestContext.CancellationToken);
        await using (host)
        {
            await Expect(host.Page.Locator("#month-notice .notice-title")).ToHaveTextAsync("Chưa đăng nhập được Microsoft 365");
            await Expect(host.Page.Locator("#month-notice .notice-text")).ToContainTextAsync("Không đăng nhập được tài khoản Microsoft 365 của trường.");
            await Expect(host.Page.Locator("#retry-months")).ToBeVisibleAsync();
            Assert.IsFalse(api.Requests.Any(r => r.Path == "/api/months"), "no call goes out without a token");
        }
    }

    [TestMethod]
    public async Task The_sign_in_dialog_starts_MSAL_2_s_redirect_flow_with_PKCE_for_the_API_scope()
    {
        var api = new RoutedApi { Mode = "microsoft365" };
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), api, TestContext.CancellationToken);
        var entra = await FakeEntraSignIn.RouteAsync(host.Context, "00000000-0000-0000-0000-0000000000aa");

        await host.GotoAsync("auth-dialog.html?claims=" + Uri.EscapeDataString(RoutedApi.Claims));
        var started = await entra.Authorize.WaitAsync(TimeSpan.FromSeconds(20), TestContext.CancellationToken);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(started).Query);
        Assert.AreEqual(RoutedApi.ClientId, query["client_id"]);
        StringAssert.Contains(query["scope"], RoutedApi.ApiScope);
        Assert.AreEqual("S256", query["code_challenge_method"]);
        Assert.IsFalse(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.AreEqual(RoutedApi.Claims, query["claims"]);
        StringAssert.EndsWith(query["redirect_uri"], "/auth-dialog.html");
        Assert.IsEmpty(host.Errors, string.Join(" | ", host.Errors));
    }

    [TestMethod]
    public async Task The_sign_in_dialog_answers_the_pane_when_the_host_has_no_sign_in()
    {
        await using var host = await PaneTestHost.StartAsync(FakeOfficeConfig.OutlookRead(), new RoutedApi(), TestContext.CancellationToken);
        await host.GotoAsync("auth-dialog.html");
        await host.Page.WaitForFunctionAsync("() => window.__fakeOutlook.parentMessages.length > 0");
        var outlook = await host.Page.FakeOutlookAsync();
        Assert.AreEqual("""{"status":"error","reason":"config"}""", outlook.GetProperty("parentMessages")[0].GetString());
        await Expect(host.Page.Locator("#auth-notice")).ToHaveTextAsync("Không đăng nhập được. Hãy đóng cửa sổ này và thử lại.");
        Assert.IsTrue(await host.Page.EvaluateAsync<bool>("() => typeof msal.PublicClientApplication === 'function'"), "MSAL 2.39 loaded in the dialog");
    }

    [TestMethod]
    public async Task Outside_Office_the_sign_in_page_opens_as_a_window_and_its_answer_is_taken_from_it_only()
    {
        var api = new RoutedApi { Mode = "microsoft365" };
        await using var host = await PaneTestHost.StartAsync(null, api, TestContext.CancellationToken);
        // The sign-in window waits (its own requests are not the pane's routes): the test answers in its place.
        await host.Context.RouteAsync("**/api/config", _ => Task.CompletedTask);
        var popup = await host.Page.RunAndWaitForPopupAsync(() => host.GotoAsync("mailpane.html"));
        await popup.WaitForLoadStateAsync();
        StringAssert.EndsWith(new Uri(popup.Url).AbsolutePath, "/auth-dialog.html");

        // A message from another window is not the sign-in's answer.
        await host.Page.EvaluateAsync("() => window.postMessage(JSON.stringify({ status: 'ok', accessToken: 'naa-token-1' }), location.origin)");
        await popup.EvaluateAsync("() => window.opener.postMessage(JSON.stringify({ status: 'ok', accessToken: 'dialog-token-2', expiresOn: Date.now() + 3600000 }), location.origin)");
        await Expect(host.Page.Locator("svg.chart g.chart-bar")).ToHaveCountAsync(api.Figures.ByTopic.Count);
        Assert.IsTrue(api.Requests.Where(r => r.Path != "/api/config").All(r => r.Authorization == "Bearer dialog-token-2"),
            string.Join(", ", api.Requests.Select(r => r.Path + " " + r.Authorization)));
        Assert.IsTrue(popup.IsClosed, "the pane closes the sign-in window");
        Assert.IsEmpty(host.Errors, string.Join(" | ", host.Errors));
    }

    [TestMethod]
    public async Task The_vendored_MSAL_5_runs_in_the_browser_and_offers_nested_app_auth()
    {
        await using var host = await PaneTestHost.StartAsync(null, null, TestContext.CancellationToken);
        await host.GotoAsync("index.html");
        await host.Page.AddScriptTagAsync(new() { Url = "assets/vendor/msal-browser-5.30.0.js" });
        Assert.AreEqual("function", await host.Page.EvaluateAsync<string>("() => typeof msal.createNestablePublicClientApplication"));
        Assert.AreEqual("function", await host.Page.EvaluateAsync<string>("() => typeof msal.InteractionRequiredAuthError"));
        Assert.IsFalse(await host.Page.EvaluateAsync<bool>("() => typeof _classCallCheck !== 'undefined' || typeof _regeneratorRuntime !== 'undefined'"), "Babel's helpers stay out of the page's globals");
        Assert.IsEmpty(host.Errors, string.Join(" | ", host.Errors));
    }
}
