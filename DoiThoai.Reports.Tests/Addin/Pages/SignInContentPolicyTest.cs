using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Tests.Addin.Auth;
using DoiThoai.Reports.Tests.TestTools;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The sign-in under the host's own Content-Security-Policy: in Microsoft 365 mode the pages may connect to the
/// configured sign-in service's origin (MSAL's authority discovery and token request), that origin only and only in
/// pages; API answers keep <c>connect-src 'self'</c>. The dialog, served by the real host, reaches the sign-in page.
/// </summary>
[TestClass]
public sealed class SignInContentPolicyTest
{
    public TestContext TestContext { get; set; } = null!;

    private static IEnumerable<string> SignInArgs(params string[] more) =>
    [
        $"--webroot={AddinHostFixture.ProjectWebRoot}",
        $"--DoiThoai:Auth:TenantId={TestAuthority.TenantId}",
        $"--DoiThoai:Auth:ClientId={TestAuthority.ClientId}",
        .. more,
    ];

    private static List<string> ConnectSources(HttpResponseMessage response) =>
        [.. response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries)
            .Single(d => d.StartsWith("connect-src ", StringComparison.Ordinal)).Split(' ').Skip(1)];

    [TestMethod]
    public async Task In_Microsoft_365_mode_the_pages_may_connect_to_the_sign_in_service_and_the_API_answers_do_not()
    {
        await using var host = await AddinHostFixture.StartAsync(args: SignInArgs(), cancellationToken: TestContext.CancellationToken);

        foreach (var page in new[] { "auth-dialog.html", "mailpane.html", "" })
        {
            using var response = await host.Client.GetAsync(page, TestContext.CancellationToken);
            Assert.IsTrue(response.IsSuccessStatusCode, page);
            CollectionAssert.AreEqual(new[] { "'self'", "https://login.microsoftonline.com" }, ConnectSources(response), page);
        }

        foreach (var other in new[] { "api/config", "health", "assets/icon-32.png", "nothing-here" })
        {
            using var response = await host.Client.GetAsync(other, TestContext.CancellationToken);
            CollectionAssert.AreEqual(new[] { "'self'" }, ConnectSources(response), other);
            Assert.AreEqual(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single(), other);
        }
    }

    [TestMethod]
    [DataRow("https://login.microsoftonline.us/", "https://login.microsoftonline.us", DisplayName = "a national cloud: its origin")]
    [DataRow("https://login.microsoftonline.com:8443/common/", "https://login.microsoftonline.com:8443", DisplayName = "an origin keeps its port, never its path")]
    [DataRow("http://127.0.0.1:5001/", null, DisplayName = "a test authority over http: nothing (MSAL refuses it)")]
    [DataRow("https://*.microsoftonline.com/", null, DisplayName = "a pattern: nothing")]
    public void The_pages_connect_to_the_configured_sign_in_origin_only(string instance, string? origin)
    {
        var settings = new AuthSettings { Instance = instance, TenantId = TestAuthority.TenantId, ClientId = TestAuthority.ClientId };

        Assert.AreEqual(origin, SecurityHeaders.SignInOrigin(settings));
        var policy = SecurityHeaders.PagePolicy(settings);
        Assert.AreEqual(origin is null ? SecurityHeaders.ContentSecurityPolicy : SecurityHeaders.ContentSecurityPolicy.Replace("connect-src 'self'", "connect-src 'self' " + origin, StringComparison.Ordinal), policy);
        Assert.DoesNotContain("*", policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("connect-src", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Without_sign_in_the_pages_keep_the_strict_policy()
    {
        Assert.AreEqual(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.PagePolicy(new AuthSettings()));
    }

    [TestMethod]
    public async Task The_sign_in_dialog_served_by_the_host_reaches_the_sign_in_service_under_its_policy()
    {
        await using var host = await AddinHostFixture.StartAsync(args: SignInArgs(), cancellationToken: TestContext.CancellationToken);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var context = await chromium.NewContextAsync(host.BaseAddress);
        await context.UseFakeOfficeAsync(FakeOfficeConfig.OutlookRead());
        var entra = await FakeEntraSignIn.RouteAsync(context, TestAuthority.TenantId);
        var page = await context.NewPageAsync();
        // Chromium reports every request the policy refuses on the console ("Refused to connect … Content Security Policy").
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };

        await page.GotoAsync("auth-dialog.html");
        await Task.WhenAny(entra.Authorize, Task.Delay(TimeSpan.FromSeconds(30), TestContext.CancellationToken));
        Assert.IsTrue(entra.Authorize.IsCompleted, "the dialog never reached the sign-in page; refused: " + string.Join(" | ", refused));
        var started = await entra.Authorize;

        // MSAL fetched the authority's metadata (connect-src) before it sent the browser to the authorize page.
        Assert.IsTrue(entra.Requests.Any(r => r.StartsWith("GET ", StringComparison.Ordinal) && !r.Contains("/oauth2/v2.0/authorize", StringComparison.Ordinal)), string.Join(" | ", entra.Requests));
        StringAssert.StartsWith(started, $"https://login.microsoftonline.com/{TestAuthority.TenantId}/oauth2/v2.0/authorize");
        Assert.IsEmpty(refused, string.Join(" | ", refused));
        await context.CloseAsync();
    }
}
