namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>Office caches pane files hard: every local asset URL carries a version token that is the file's content hash.</summary>
[TestClass]
public sealed class AssetVersionTest
{
    [TestMethod]
    [DataRow("taskpane.html")]
    [DataRow("mailpane.html")]
    [DataRow("commands.html")]
    [DataRow("auth-dialog.html")]
    [DataRow("index.html")]
    public void Html_references_each_local_asset_with_its_content_hash(string html)
    {
        var references = BuiltPages.LocalReferences(html).Where(r => !r.File.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.IsNotEmpty(references);
        foreach (var reference in references)
        {
            Assert.IsTrue(File.Exists(reference.File), $"{html}: {reference.Url} names no built file");
            Assert.IsNotNull(reference.Version, $"{html}: {reference.Url} has no version token");
            Assert.AreEqual(BuiltPages.VersionOf(reference.File), reference.Version, $"{html}: {reference.Url} is not the built file's version");
        }
    }

    [TestMethod]
    [DataRow("taskpane")]
    [DataRow("mailpane")]
    public void A_pane_loads_office_js_from_Microsoft_after_its_own_script(string pane)
    {
        var text = File.ReadAllText(BuiltPages.PathOf(pane + ".html"));
        const string officeJs = "<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>";
        var own = text.IndexOf($"<script src=\"{pane}.js?v=", StringComparison.Ordinal);
        var office = text.IndexOf(officeJs, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, own, $"{pane}.html does not load {pane}.js with a version");
        Assert.IsGreaterThan(own, office, "office.js must come after the pane's script, which must not wait for it");
        Assert.AreEqual(2, text.Split("<script", StringSplitOptions.None).Length - 1, "the pane loads exactly two scripts");
    }

    [TestMethod]
    [DataRow("taskpane.js")]
    [DataRow("mailpane.js")]
    [DataRow("commands.js")]
    public void The_MSAL_a_page_loads_by_itself_carries_its_content_hash(string script)
    {
        var text = File.ReadAllText(BuiltPages.PathOf(script));
        var match = System.Text.RegularExpressions.Regex.Match(text, "\"assets/vendor/(?<file>msal-browser-5\\.30\\.0\\.js)\\?v=(?<v>[0-9a-f]{12})\"");
        Assert.IsTrue(match.Success, $"{script} does not name the vendored MSAL with a version");
        Assert.AreEqual(BuiltPages.VersionOf(BuiltPages.PathOf(Path.Combine("assets", "vendor", match.Groups["file"].Value))), match.Groups["v"].Value);
    }

    [TestMethod]
    [DataRow(16)]
    [DataRow(32)]
    [DataRow(64)]
    [DataRow(80)]
    [DataRow(128)]
    public void Icons_are_PNGs_of_their_size(int size)
    {
        var bytes = File.ReadAllBytes(BuiltPages.PathOf(Path.Combine("assets", $"icon-{size}.png")));
        CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a }, bytes[..8]);
        Assert.AreEqual(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), "width");
        Assert.AreEqual(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)), "height");
    }
}
