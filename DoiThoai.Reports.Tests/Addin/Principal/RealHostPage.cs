using System.Text.Json;
using System.Text.Json.Nodes;
using DoiThoai.Reports.Tests.Addin.Pages;
using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>
/// A Chromium page on the pages the REAL host serves (<c>--webroot</c> = the built <c>addin/wwwroot</c>), with the
/// Office fake as Outlook. Every API request goes to that host, except <c>GET /api/config</c>: the sign-in
/// configuration belongs to the Microsoft 365 sign-in of the host (another part of the work), so the page is told the
/// mode here; the host itself takes whatever token the page sends and works through its <c>IUserGraph</c>.
/// </summary>
internal sealed class RealHostPage : IAsyncDisposable
{
    private readonly HeadlessChromium _chromium;

    private RealHostPage(PrincipalHost host, HeadlessChromium chromium, IBrowserContext context, IPage page)
    {
        Host = host;
        _chromium = chromium;
        Context = context;
        Page = page;
        page.PageError += (_, error) => Errors.Add(error);

        // The host's Content-Security-Policy is real here: what it refuses (an inline style, a script) counts as an error.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Errors.Add("CSP: " + message.Text);
            }
        };
    }

    static RealHostPage()
    {
        // Two cores shared with other work: give the page time before calling it wrong.
        Assertions.SetDefaultExpectTimeout(10000);
    }

    public PrincipalHost Host { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Uncaught page errors and what the Content-Security-Policy refused.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The API requests the page made (method and path), in order.</summary>
    public List<string> Requests { get; } = [];

    /// <param name="host">A host started with <c>--webroot=</c><see cref="AddinHostFixture.ProjectWebRoot"/>.</param>
    /// <param name="office">The Outlook the fake plays.</param>
    public static async Task<RealHostPage> OpenAsync(PrincipalHost host, FakeOfficeConfig office)
    {
        var chromium = await HeadlessChromium.LaunchAsync();
        try
        {
            var context = await chromium.NewContextAsync(host.Host.BaseAddress);
            await context.UseFakeOfficeAsync(host.Graph is null ? office : office with { Sets = new Dictionary<string, string?>(office.Sets) { ["NestedAppAuth"] = "1.1" } });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(20000);
            var opened = new RealHostPage(host, chromium, context, page);
            page.Request += (_, request) =>
            {
                var path = new Uri(request.Url).AbsolutePath;
                if (path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    lock (opened.Requests)
                    {
                        opened.Requests.Add($"{request.Method} {path}");
                    }
                }
            };
            await page.RouteAsync("**/api/config", route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "application/json",
                Body = Config(host.Graph is not null).ToJsonString(),
            }));
            return opened;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens the function file and runs the function as the ribbon button would; waits for event.completed().</summary>
    public async Task<JsonElement> RunCommandAsync(string function)
    {
        await Page.GotoAsync("commands.html");
        await Page.WaitForFunctionAsync("name => window.__fakeOutlook.log.indexOf('associate:' + name) >= 0", function);
        var index = await Page.InvokeCommandAsync(function);
        await Page.WaitForFunctionAsync("i => window.__fakeOutlook.events[i].completed > 0", index, new() { Timeout = 30000 });
        await Page.WaitForTimeoutAsync(200);
        var outlook = await Page.FakeOutlookAsync();
        Assert.AreEqual(1, outlook.GetProperty("events")[index].GetProperty("completed").GetInt32(), "event.completed() exactly once");
        Assert.IsEmpty(Errors, "uncaught page errors: " + string.Join(" | ", Errors));
        return outlook;
    }

    /// <summary>The one notification shown: its type and text.</summary>
    public static (string Type, string Message) OnlyNotification(JsonElement outlook)
    {
        var notifications = outlook.GetProperty("notifications").EnumerateArray().ToList();
        Assert.HasCount(1, notifications, "one notification: " + outlook.GetProperty("notifications"));
        return (notifications[0].GetProperty("type").GetString()!, notifications[0].GetProperty("message").GetString()!);
    }

    public static List<string> Log(JsonElement outlook) => [.. outlook.GetProperty("log").EnumerateArray().Select(e => e.GetString()!)];

    private static JsonObject Config(bool microsoft365) => microsoft365
        ? new JsonObject
        {
            ["mode"] = "microsoft365",
            ["version"] = "1.0.0",
            ["auth"] = new JsonObject { ["clientId"] = RoutedApi.ClientId, ["authority"] = RoutedApi.Authority, ["apiScope"] = RoutedApi.ApiScope },
        }
        : new JsonObject { ["mode"] = "local", ["version"] = "1.0.0", ["auth"] = null };

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _chromium.DisposeAsync();
    }
}
