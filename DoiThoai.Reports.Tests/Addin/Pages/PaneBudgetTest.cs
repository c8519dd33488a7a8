namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>
/// The panes must paint fast on a school's slow machines: each pane's own scripts and stylesheets (the local .js and
/// .css its html references, as built and minified) stay within 60 KB. Not counted: office.js (Microsoft's CDN) and
/// the vendored MSAL under assets/vendor/, which no pane html references (auth.ts loads it in Microsoft 365 mode only).
/// </summary>
[TestClass]
public sealed class PaneBudgetTest
{
    private const int BudgetBytes = 60 * 1024;

    [TestMethod]
    [DataRow("taskpane.html")]
    [DataRow("mailpane.html")]
    [DataRow("commands.html")]
    public void A_pane_s_own_scripts_and_styles_total_at_most_60_KB(string html)
    {
        var references = BuiltPages.LocalReferences(html);
        Assert.IsFalse(references.Any(r => r.Url.StartsWith("assets/vendor/", StringComparison.Ordinal)), $"{html} references a vendored script directly");
        var assets = references
            .Where(r => r.File.EndsWith(".js", StringComparison.Ordinal) || r.File.EndsWith(".css", StringComparison.Ordinal))
            .Select(r => r.File)
            .Distinct()
            .ToList();
        Assert.IsTrue(assets.Any(f => f.EndsWith(".js", StringComparison.Ordinal)), $"{html} references no script");

        var total = assets.Sum(f => new FileInfo(f).Length);
        var list = string.Join(", ", assets.Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length} B"));
        Assert.IsLessThanOrEqualTo(BudgetBytes, total, $"{html} ships {total} B of its own ({list}; office.js and assets/vendor/ not counted); budget {BudgetBytes} B");
        Console.WriteLine($"{html}: {total} B ({list}); office.js and assets/vendor/ not counted");
    }
}
