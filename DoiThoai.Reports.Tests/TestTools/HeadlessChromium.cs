using Microsoft.Playwright;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// The machine's Chromium (<c>/usr/bin/chromium</c>, never a Playwright download) driven by Playwright, headless and
/// offline. Without that browser the test is inconclusive. Dispose it to close the browser and the driver.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            // CI installs the browser (.ci/run): there a missing one is a failure, not a skipped test.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{ExecutablePath} is missing in CI: .ci/run should have installed it.");
            }

            Assert.Inconclusive($"{ExecutablePath} is not installed (apt-get install chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Args = Arguments,
                Headless = true,
            });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (no cookies, no cache) in Vietnamese, with service workers off.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri? baseAddress = null) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseAddress?.ToString(),
        Locale = "vi-VN",
        ServiceWorkers = ServiceWorkerPolicy.Block,
        AcceptDownloads = true,
    });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
