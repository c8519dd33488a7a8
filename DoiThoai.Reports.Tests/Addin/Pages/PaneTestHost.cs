using DoiThoai.Reports.Tests.TestTools;
using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// One browser page on the built pages, served by a loopback <see cref="StaticSite"/>: with the Office fake (Word)
/// or without it (office.js blocked: the plain browser), the API routed or unreachable. Collects the page's
/// uncaught errors and dialogs, which a test expects to stay empty.
/// </summary>
internal sealed class PaneTestHost : IAsyncDisposable
{
    private readonly HeadlessChromium _chromium;
    private readonly StaticSite _site;

    private PaneTestHost(HeadlessChromium chromium, StaticSite site, IBrowserContext context, IPage page)
    {
        _chromium = chromium;
        _site = site;
        Context = context;
        Page = page;
        page.PageError += (_, error) => Errors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    static PaneTestHost()
    {
        // CI has two cores shared with LibreOffice conversions: give the page time before calling it wrong.
        Assertions.SetDefaultExpectTimeout(10000);
    }

    /// <param name="office">The fake's configuration, or null for no fake (a plain browser whose office.js fails).</param>
    /// <param name="api">The routed API, or null for an API that refuses connections.</param>
    /// <param name="fakeAsOfficeJs">Serve the fake as office.js itself (it then arrives after the pane's script) instead of injecting it first.</param>
    public static async Task<PaneTestHost> StartAsync(FakeOfficeConfig? office, RoutedApi? api, CancellationToken cancellationToken, bool fakeAsOfficeJs = false)
    {
        var site = await StaticSite.StartAsync(BuiltPages.Root, cancellationToken);
        HeadlessChromium? chromium = null;
        try
        {
            chromium = await HeadlessChromium.LaunchAsync();
            var context = await chromium.NewContextAsync(site.Address);
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
            page.SetDefaultTimeout(10000);
            if (api is null)
            {
                await page.RouteAsync("**/api/**", route => route.AbortAsync("connectionrefused"));
                await page.RouteAsync("**/health", route => route.AbortAsync("connectionrefused"));
            }
            else
            {
                await api.RouteAsync(page);
            }

            return new PaneTestHost(chromium, site, context, page);
        }
        catch
        {
            if (chromium is not null)
            {
                await chromium.DisposeAsync();
            }

            await site.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a page of the site (taskpane.html, index.html).</summary>
    public async Task GotoAsync(string page) => await Page.GotoAsync(page);

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _chromium.DisposeAsync();
        await _site.DisposeAsync();
    }
}
