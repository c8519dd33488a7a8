namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>Office caches pane files hard: every local asset URL carries a version token that is the file's content hash.</summary>
[TestClass]
public sealed class AssetVersionTest
{
    [TestMethod]
    [DataRow("taskpane.html")]
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
    public void Task_pane_loads_office_js_from_Microsoft_after_its_own_script()
    {
        var text = File.ReadAllText(BuiltPages.PathOf("taskpane.html"));
        const string officeJs = "<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>";
        var own = text.IndexOf("<script src=\"taskpane.js?v=", StringComparison.Ordinal);
        var office = text.IndexOf(officeJs, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, own, "taskpane.html does not load taskpane.js with a version");
        Assert.IsGreaterThan(own, office, "office.js must come after the pane's script, which must not wait for it");
        Assert.AreEqual(2, text.Split("<script", StringSplitOptions.None).Length - 1, "the pane loads exactly two scripts");
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
