using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Tests.TestTools;
using DoiThoai.Reports.Workbooks;
using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.EndToEnd;

/// <summary>
/// The pages as Office or a browser sees them: the real add-in host (<see cref="AddinHostFixture"/>, Kestrel on
/// loopback, a temporary data folder with the sample workbook, the built pages as its web root) and one headless
/// Chromium page on it, with the Office fake injected before the page's scripts (Word mode) or office.js answered
/// with 404 (plain browser). Nothing is routed: every API call reaches the host. Collects the page's uncaught errors
/// and dialogs, which a test expects to stay empty.
/// </summary>
internal sealed class RealHostPane : IAsyncDisposable
{
    public static readonly SchoolProfile Profile = SchoolProfileLoader.LoadDefault();

    private readonly HeadlessChromium _chromium;
    private readonly string _data;

    private RealHostPane(AddinHostFixture host, HeadlessChromium chromium, string data, IBrowserContext context, IPage page)
    {
        Host = host;
        _chromium = chromium;
        _data = data;
        Context = context;
        Page = page;
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            // The host's Content-Security-Policy is real here (the routed tests' static site has none).
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Refused.Add(message.Text);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    static RealHostPane()
    {
        // Two cores shared by several builds: give the page time before calling it wrong.
        Assertions.SetDefaultExpectTimeout(15000);
    }

    public AddinHostFixture Host { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>What the browser refused under the host's Content-Security-Policy (inline styles, scripts, …).</summary>
    public List<string> Refused { get; } = [];

    /// <summary>The workbook the host reads and writes.</summary>
    public string WorkbookPath => Host.WorkbookPath;

    /// <summary>
    /// Starts the host and the browser. <paramref name="office"/> null: a plain browser whose office.js fails (404).
    /// <paramref name="prepareData"/> may put a workbook into the data folder first (as <see cref="WorkspaceFiles.SampleWorkbookName"/>);
    /// else the host makes the sample one.
    /// </summary>
    /// <param name="fakeAsOfficeJs">Answer office.js's URL with the fake itself (it then loads after the pane's script, as office.js does).</param>
    public static async Task<RealHostPane> StartAsync(
        FakeOfficeConfig? office, CancellationToken cancellationToken, Action<string>? prepareData = null, ViewportSize? viewport = null, bool fakeAsOfficeJs = false)
    {
        var data = Path.Combine(Path.GetTempPath(), "doithoai-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        prepareData?.Invoke(data);
        AddinHostFixture? host = null;
        HeadlessChromium? chromium = null;
        try
        {
            host = await AddinHostFixture.StartAsync(data, [$"--webroot={AddinHostFixture.ProjectWebRoot}"], cancellationToken: cancellationToken);
            chromium = await HeadlessChromium.LaunchAsync();
            var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = host.BaseAddress.ToString(),
                Locale = "vi-VN",
                ServiceWorkers = ServiceWorkerPolicy.Block,
                AcceptDownloads = true,
                ViewportSize = viewport,
            });
            if (office is null)
            {
                await context.BlockOfficeJsAsync();
            }
            else if (fakeAsOfficeJs)
            {
                await context.ServeFakeAsOfficeJsAsync(office);
            }
            else
            {
                await context.UseFakeOfficeAsync(office);
            }

            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(15000);
            return new RealHostPane(host, chromium, data, context, page);
        }
        catch
        {
            if (chromium is not null)
            {
                await chromium.DisposeAsync();
            }

            if (host is not null)
            {
                await host.DisposeAsync();
            }

            TryDelete(data);
            throw;
        }
    }

    /// <summary>Writes the sample workbook into a data folder with these changes to its rows.</summary>
    public static void WriteSampleWorkbook(string data, Func<IReadOnlyList<Submission>, IEnumerable<Submission>> change)
    {
        var rows = SampleSubmissions.Sample(Profile, SessionCalendar.Build(Profile)).ToList();
        WorkbookTemplate.Create(Path.Combine(data, WorkspaceFiles.SampleWorkbookName), Profile, change(rows));
    }

    /// <summary>The workbook on disk, read back by the library.</summary>
    public Task<WorkbookReadResult> ReadWorkbookAsync() =>
        SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(WorkbookPath), Profile, SessionCalendar.Build(Profile));

    /// <summary>The IDs of a session's submissions, as the host lists them.</summary>
    public async Task<IReadOnlyList<string>> SubmissionIdsAsync(string sessionId, CancellationToken cancellationToken) =>
        [.. (await Host.GetJsonAsync($"api/sessions/{sessionId}/submissions", cancellationToken)).GetProperty("submissions")
            .EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    public void AssertClean()
    {
        Assert.IsEmpty(Errors, "uncaught page errors: " + string.Join(" | ", Errors));
        Assert.IsEmpty(Dialogs, "dialogs: " + string.Join(" | ", Dialogs));
        Assert.IsEmpty(Refused, "refused by the Content-Security-Policy: " + string.Join(" | ", Refused));
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _chromium.DisposeAsync();
        await Host.DisposeAsync();
        TryDelete(_data);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the real test result.
        }
    }
}
