using System.Net;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Tests.Addin.Pages;
using DoiThoai.Reports.Tests.Workbooks;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>The built pages (addin/wwwroot) as the host serves them, their caching, and the security headers on every kind of response.</summary>
[TestClass]
public sealed class PagesAndHeadersTest
{
    private static readonly string[] Pages = ["taskpane.html", "mailpane.html", "commands.html", "auth-dialog.html", "index.html"];
    private static AddinHostFixture s_host = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context) =>
        s_host = await AddinHostFixture.StartAsync(args: [$"--webroot={BuiltPages.Root}"], cancellationToken: context.CancellationToken);

    [ClassCleanup]
    public static async Task Stop() => await s_host.DisposeAsync();

    [TestMethod]
    public async Task The_root_serves_index_html_revalidated_on_every_load()
    {
        using var response = await s_host.Client.GetAsync("", TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(TestContext.CancellationToken), "<title>DoiThoai");
        Assert.AreEqual(PageFiles.Revalidate, CacheControl(response));
        Assert.IsNotNull(response.Headers.ETag);
        AssertSecurityHeaders(response);
    }

    [TestMethod]
    public async Task Every_asset_at_the_URL_a_page_names_is_cached_for_a_year_and_the_pages_are_revalidated()
    {
        var urls = Pages.SelectMany(page => BuiltPages.LocalReferences(page).Where(r => !r.File.EndsWith(".html", StringComparison.Ordinal)).Select(r => r.Url)).Distinct().ToList();
        urls.Add(VendoredMsalUrl());
        Assert.IsGreaterThanOrEqualTo(8, urls.Count, string.Join(", ", urls));
        foreach (var url in urls)
        {
            using var response = await s_host.Client.GetAsync(url, TestContext.CancellationToken);

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, url);
            Assert.AreEqual(PageFiles.Immutable, CacheControl(response), url);
            AssertSecurityHeaders(response);
        }

        foreach (var page in Pages)
        {
            using var response = await s_host.Client.GetAsync(page, TestContext.CancellationToken);
            Assert.AreEqual(PageFiles.Revalidate, CacheControl(response), page);
        }
    }

    [TestMethod]
    [DataRow("taskpane.js", "")]
    [DataRow("taskpane.js", "?v=000000000000")]
    [DataRow("taskpane.css", "?v=0")]
    [DataRow("taskpane.js", "?v={0}&v={0}")]
    [DataRow("taskpane.js", "?v={0}0")]
    [DataRow("taskpane.js", "?v={1}")]
    [DataRow("taskpane.html", "?v={0}")]
    [DataRow("assets/icon-32.png", "")]
    [DataRow("assets/icon-80.png", "?version={0}")]
    public async Task An_asset_without_its_current_version_is_revalidated(string path, string query)
    {
        var current = BuiltPages.VersionOf(BuiltPages.PathOf(path));
        var other = BuiltPages.VersionOf(BuiltPages.PathOf("mailpane.js"));
        var url = path + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, current, other);

        using var response = await s_host.Client.GetAsync(url, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, url);
        Assert.AreEqual(PageFiles.Revalidate, CacheControl(response), url);
        Assert.IsNotNull(response.Headers.ETag, url);
    }

    [TestMethod]
    public async Task A_new_build_under_the_running_host_moves_the_year_long_cache_to_the_new_version()
    {
        using var web = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(BuiltPages.Root, "*", SearchOption.AllDirectories))
        {
            var copy = web.File(Path.GetRelativePath(BuiltPages.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        await using var host = await AddinHostFixture.StartAsync(args: [$"--webroot={web.Path}"], cancellationToken: TestContext.CancellationToken);
        var old = BuiltPages.VersionOf(web.File("taskpane.js"));
        Assert.AreEqual(PageFiles.Immutable, await CacheControlOf(host, $"taskpane.js?v={old}"));

        File.AppendAllText(web.File("taskpane.js"), "// a new build\n");
        var rebuilt = BuiltPages.VersionOf(web.File("taskpane.js"));

        Assert.AreNotEqual(old, rebuilt);
        Assert.AreEqual(PageFiles.Revalidate, await CacheControlOf(host, $"taskpane.js?v={old}"), "the old version's URL now serves other bytes");
        Assert.AreEqual(PageFiles.Immutable, await CacheControlOf(host, $"taskpane.js?v={rebuilt}"));
    }

    [TestMethod]
    [DataRow("taskpane.js", "3f9c2a1b04de", PageFiles.Immutable)]
    [DataRow("assets/icon-32.png", "3f9c2a1b04de", PageFiles.Immutable)]
    [DataRow("taskpane.js", "3f9c2a1b04df", PageFiles.Revalidate)]
    [DataRow("taskpane.js", "3F9C2A1B04DE", PageFiles.Revalidate)]
    [DataRow("taskpane.js", "", PageFiles.Revalidate)]
    [DataRow("taskpane.js", null, PageFiles.Revalidate)]
    [DataRow("taskpane.html", "3f9c2a1b04de", PageFiles.Revalidate)]
    [DataRow("taskpane.3f9c2a1b.js", null, PageFiles.Revalidate)]
    public void Only_the_current_version_makes_an_asset_immutable(string name, string? requested, string expected) =>
        Assert.AreEqual(expected, PageFiles.CacheControl(name, requested, () => "3f9c2a1b04de"));

    [TestMethod]
    [DataRow("health")]
    [DataRow("api/sessions")]
    [DataRow("api/calendar.ics")]
    [DataRow("api/khong-co")]
    [DataRow("api/sessions/2022-13-day/minutes")]
    public async Task API_answers_and_errors_carry_the_headers_and_are_never_stored(string path)
    {
        using var response = await s_host.Client.GetAsync(path, TestContext.CancellationToken);

        AssertSecurityHeaders(response);
        Assert.IsTrue(response.Headers.CacheControl?.NoStore, path);
    }

    [TestMethod]
    public void The_policy_lets_scripts_come_only_from_here_and_office_js_and_only_Office_frame_the_pane()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());

        CollectionAssert.AreEqual(new[] { "'self'", "https://appsforoffice.microsoft.com" }, policy["script-src"]);
        Assert.IsFalse(SecurityHeaders.ContentSecurityPolicy.Contains("unsafe", StringComparison.Ordinal));
        Assert.AreEqual("'none'", policy["object-src"].Single());
        var ancestors = policy["frame-ancestors"];
        foreach (var office in new[] { "https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com", "https://*.sharepoint.com", "https://*.cloud.microsoft", "https://teams.microsoft.com" })
        {
            CollectionAssert.Contains(ancestors, office);
        }

        Assert.IsTrue(ancestors.All(a => a == "'self'" || a.StartsWith("https://", StringComparison.Ordinal)), "no other scheme, no *");
    }

    /// <summary>The MSAL the pane's script loads by itself (auth.ts), with its version.</summary>
    private static string VendoredMsalUrl() =>
        System.Text.RegularExpressions.Regex.Match(File.ReadAllText(BuiltPages.PathOf("taskpane.js")), "\"(?<url>assets/vendor/[^\"?]+\\?v=[0-9a-f]{12})\"").Groups["url"].Value;

    private static string CacheControl(HttpResponseMessage response) => response.Headers.GetValues("Cache-Control").Single();

    private async Task<string> CacheControlOf(AddinHostFixture host, string url)
    {
        using var response = await host.Client.GetAsync(url, TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, url);
        return CacheControl(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.AreEqual(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.AreEqual("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.AreEqual("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.IsFalse(response.Headers.Contains("X-Frame-Options"), "it would keep Office on the web from framing the pane");
    }

    public TestContext TestContext { get; set; } = null!;
}
