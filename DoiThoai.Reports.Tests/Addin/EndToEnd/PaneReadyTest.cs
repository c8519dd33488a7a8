using System.Globalization;
using DoiThoai.Reports.Tests.TestTools;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Reports.Tests.Addin.EndToEnd;

/// <summary>
/// How soon the secretary's pane is usable, measured in headless Chromium on the real host: the time from navigation
/// to the pane's own mark <c>doithoai-pane-ready</c> (host known, sessions listed), the first load after the host
/// started (its start-up warm-up has run meanwhile) and reloads, in Word (the Office fake) and in the plain browser
/// (office.js answered with 404), and what the pane's own scripts and styles weigh as the host serves them. A
/// measurement, not a timed test: the figures go to the test's output (the 500 ms target is read there and in
/// docs/benchmarks.md); the test fails only when the pane never gets ready, when a first load takes longer than the
/// generous regression ceiling of 1.5 s (two cores shared with other builds), or when it ships more than 60 KB of its own.
/// </summary>
[TestClass]
public sealed class PaneReadyTest
{
    private const int Loads = 5;
    private const int BudgetBytes = 60 * 1024;
    private const double FirstLoadCeilingMs = 1500;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("Word")]
    [DataRow("plain")]
    public async Task The_pane_marks_itself_ready_after_navigation_and_its_own_assets_stay_within_60_KB(string mode)
    {
        await using var pane = await RealHostPane.StartAsync(mode == "Word" ? new FakeOfficeConfig() : null, TestContext.CancellationToken);
        var page = pane.Page;
        var figures = new List<double>();
        for (var i = 0; i < Loads; i++)
        {
            if (i == 0)
            {
                await page.GotoAsync("taskpane.html");
            }
            else
            {
                await page.ReloadAsync();
            }

            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-ready", "true");
            var ready = await page.EvaluateAsync<double>("() => { var m = performance.getEntriesByName('doithoai-pane-ready'); return m.length ? m[0].startTime : -1; }");
            Assert.IsGreaterThan(0.0, ready, "the pane sets its ready mark");
            figures.Add(ready);
            TestContext.WriteLine(await page.EvaluateAsync<string>(
                "() => { var n = performance.getEntriesByType('navigation')[0]; return 'load ' + (n ? Math.round(n.domContentLoadedEventEnd) + ' ms DOMContentLoaded, ' : '') + " +
                "performance.getEntriesByType('resource').map(r => r.name.replace(location.origin, '').split('?')[0] + ' ' + Math.round(r.startTime) + '–' + Math.round(r.responseEnd)).join(', '); }"));
            await Expect(page.Locator("#session-select")).ToBeEnabledAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-mode", mode == "Word" ? "word" : "plain");
        }

        // What the pane's own .js and .css weighed on the wire (same origin; office.js is the CDN's, answered by the test).
        var own = await page.EvaluateAsync<double[]>(
            "() => performance.getEntriesByType('resource').filter(r => r.name.indexOf(location.origin) === 0 && /\\.(js|css)(\\?|$)/.test(r.name)).map(r => r.decodedBodySize)");
        var bytes = own.Sum();
        Assert.IsNotEmpty(own, "the pane loads scripts and styles of its own");
        Assert.IsLessThanOrEqualTo((double)BudgetBytes, bytes, $"the pane's own scripts and styles: {bytes} B");
        pane.AssertClean();

        var reloads = figures.Skip(1).Order().ToList();
        var median = (reloads[(reloads.Count - 1) / 2] + reloads[reloads.Count / 2]) / 2;
        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pane ready ({mode}): first load {figures[0]:0} ms after navigation; reloads median {median:0} ms, max {reloads[^1]:0} ms " +
            $"(target 500 ms); own scripts and styles {bytes / 1024:0.0} KB in {own.Length} files (budget 60 KB)"));
        Assert.IsLessThanOrEqualTo(FirstLoadCeilingMs, figures[0], $"first load in {mode} mode: a regression guard, not the 500 ms target");
    }
}
