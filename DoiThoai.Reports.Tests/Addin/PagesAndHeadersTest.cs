using System.Net;
using DoiThoai.Addin.Hosting;
using DoiThoai.Reports.Tests.Workbooks;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>The pages from wwwroot, their caching, and the security headers on every kind of response.</summary>
[TestClass]
public sealed class PagesAndHeadersTest
{
    private static TemporaryDirectory s_web = null!;
    private static AddinHostFixture s_host = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context)
    {
        // What the pages' build writes: pages, versioned assets, the icons the manifest names.
        s_web = new TemporaryDirectory();
        Directory.CreateDirectory(s_web.File("assets"));
        File.WriteAllText(s_web.File("index.html"), "<!doctype html><title>DoiThoai</title>");
        File.WriteAllText(s_web.File("taskpane.html"), "<!doctype html><title>Ngăn tác vụ</title>");
        File.WriteAllText(s_web.File("assets/taskpane.3f9c2a1b.js"), "var a = 1;");
        File.WriteAllText(s_web.File("assets/app-5XQJ2K3L.css"), "body{}");
        File.WriteAllBytes(s_web.File("assets/icon-32.png"), [0x89, 0x50, 0x4E, 0x47]);
        s_host = await AddinHostFixture.StartAsync(args: [$"--webroot={s_web.Path}"], cancellationToken: context.CancellationToken);
    }

    [ClassCleanup]
    public static async Task Stop()
    {
        await s_host.DisposeAsync();
        s_web.Dispose();
    }

    [TestMethod]
    public async Task The_root_serves_index_html_revalidated_on_every_load()
    {
        using var response = await s_host.Client.GetAsync("", TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(TestContext.CancellationToken), "<title>DoiThoai</title>");
        Assert.IsTrue(response.Headers.CacheControl?.NoCache);
        Assert.IsNotNull(response.Headers.ETag);
        AssertSecurityHeaders(response);
    }

    [TestMethod]
    [DataRow("taskpane.html", false)]
    [DataRow("assets/icon-32.png", false)]
    [DataRow("assets/taskpane.3f9c2a1b.js", true)]
    [DataRow("assets/app-5XQJ2K3L.css", true)]
    public async Task Pages_are_revalidated_and_versioned_assets_are_cached_for_a_year(string path, bool versioned)
    {
        using var response = await s_host.Client.GetAsync(path, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.CacheControl!;
        if (versioned)
        {
            Assert.AreEqual(TimeSpan.FromDays(365), cache.MaxAge);
            Assert.IsTrue(cache.Public);
            StringAssert.Contains(response.Headers.GetValues("Cache-Control").Single(), "immutable");
        }
        else
        {
            Assert.IsTrue(cache.NoCache);
        }

        AssertSecurityHeaders(response);
    }

    [TestMethod]
    [DataRow("taskpane.html", PageFiles.Revalidate)]
    [DataRow("index.html", PageFiles.Revalidate)]
    [DataRow("icon-128.png", PageFiles.Revalidate)]
    [DataRow("office-commands.js", PageFiles.Revalidate)]
    [DataRow("polyfill-es5.min.js", PageFiles.Revalidate)]
    [DataRow("taskpane.3f9c2a1b.js", PageFiles.Immutable)]
    [DataRow("commands-ABCDEFGH.js", PageFiles.Immutable)]
    [DataRow("vendor.0123456789abcdef0123.min.js", PageFiles.Immutable)]
    public void A_version_token_in_the_name_makes_a_file_immutable(string name, string expected) =>
        Assert.AreEqual(expected, PageFiles.CacheControl(name));

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

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.AreEqual(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.AreEqual("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.AreEqual("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.IsFalse(response.Headers.Contains("X-Frame-Options"), "it would keep Office on the web from framing the pane");
    }

    public TestContext TestContext { get; set; } = null!;
}
