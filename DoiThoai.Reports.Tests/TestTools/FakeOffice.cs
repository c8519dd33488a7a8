using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// Puts the test-only fake of Office, Word and Outlook (<c>addin/client/test/fake-office</c>, built to
/// <c>addin/client/test-dist/fake-office.js</c>) into a browser context before the page's scripts, keeps office.js's
/// CDN from being fetched, and drives the fake's document (<c>window.__fakeWord</c>) from a test.
/// </summary>
internal static class FakeOffice
{
    /// <summary>Every address of office.js's CDN; tests answer it themselves so nothing leaves the machine.</summary>
    public const string OfficeJsPattern = "https://appsforoffice.microsoft.com/**";

    private static readonly Lazy<string> ScriptText = new(() =>
    {
        var path = RepositoryPaths.FakeOfficeScript;
        Assert.IsTrue(File.Exists(path), $"{path} is missing: build the solution first (addin.csproj runs the npm build).");
        return File.ReadAllText(path);
    });

    /// <summary>The fake's script.</summary>
    public static string Script => ScriptText.Value;

    /// <summary>Answers office.js's CDN with 404, as a school network without internet would fail it.</summary>
    public static Task BlockOfficeJsAsync(this IBrowserContext context) =>
        context.RouteAsync(OfficeJsPattern, route => route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "" }));

    /// <summary>Answers office.js's CDN with the fake itself (the configuration still comes from an init script).</summary>
    public static async Task ServeFakeAsOfficeJsAsync(this IBrowserContext context, FakeOfficeConfig? config = null)
    {
        await context.AddInitScriptAsync((config ?? new FakeOfficeConfig()).ToInitScript());
        await context.RouteAsync(OfficeJsPattern, route => route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = Script }));
    }

    /// <summary>Injects the configuration and the fake before every page script, and blocks office.js's CDN.</summary>
    public static async Task UseFakeOfficeAsync(this IBrowserContext context, FakeOfficeConfig? config = null)
    {
        await context.BlockOfficeJsAsync();
        await context.AddInitScriptAsync((config ?? new FakeOfficeConfig()).ToInitScript());
        await context.AddInitScriptAsync(Script);
    }

    /// <summary>Types text into the content control with this tag (or title); false when the document has none.</summary>
    public static Task<bool> FillControlAsync(this IPage page, string tag, string text) =>
        page.EvaluateAsync<bool>("([tag, text]) => window.__fakeWord.fill(tag, text)", new[] { tag, text });

    /// <summary>Writes a question into the on-the-spot table as the secretary would in Word; returns its row index.</summary>
    public static Task<int> AddOnTheSpotRowAsync(this IPage page, string classOrRoom, string content, string answer) =>
        page.EvaluateAsync<int>("([c, q, a]) => window.__fakeWord.addOnTheSpotRow(c, q, a)", new[] { classOrRoom, content, answer });

    /// <summary>What the page asked of Word: createDocument.open, body.insertFileFromBase64:Replace, getFileAsync:compressed, getSliceAsync:n, closeAsync.</summary>
    public static Task<string[]> FakeWordLogAsync(this IPage page) => page.EvaluateAsync<string[]>("() => window.__fakeWord.log.slice()");

    /// <summary>The cells of the first table in the control with this tag.</summary>
    public static Task<string[][]> FakeTableValuesAsync(this IPage page, string tag) =>
        page.EvaluateAsync<string[][]>("tag => window.__fakeWord.tableValues(tag)", tag);

    /// <summary>The document the fake holds, as .docx bytes.</summary>
    public static async Task<byte[]> FakeDocumentAsync(this IPage page) =>
        Convert.FromBase64String(await page.EvaluateAsync<string>("() => window.__fakeWord.documentBase64()"));

    /// <summary>Files from getFileAsync that the page has not closed.</summary>
    public static Task<int> FakeOpenFilesAsync(this IPage page) => page.EvaluateAsync<int>("() => window.__fakeWord.openFiles()");

    /// <summary>Runs the function the page associated with this name, as the ribbon button would; returns the event's index.</summary>
    public static Task<int> InvokeCommandAsync(this IPage page, string name) =>
        page.EvaluateAsync<int>("name => window.__fakeOutlook.invoke(name)", name);

    /// <summary>What the page asked of Outlook (window.__fakeOutlook, see addin/client/test/fake-office/outlook.ts), as JSON.</summary>
    public static async Task<System.Text.Json.JsonElement> FakeOutlookAsync(this IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => { var r = window.__fakeOutlook; return JSON.stringify({ log: r.log, notifications: r.notifications, attachments: r.attachments, newMessages: r.newMessages, messageForms: r.messageForms, dialogs: r.dialogs, dialogsClosed: r.dialogsClosed, browserWindows: r.browserWindows, parentMessages: r.parentMessages, events: r.events, bridge: r.bridge, to: r.to(), subject: r.subject() }); }");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
